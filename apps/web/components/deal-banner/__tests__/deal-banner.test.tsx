import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Result } from '@repo/content/api'
import type { DealState } from '@repo/content/view-models'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { deal } from '@/test/fixtures'
import { renderToString } from 'react-dom/server'
import { DealBannerFor } from '../deal-banner-for'
import { DealBannerView } from '../deal-banner-view'
import { dealText } from '../deal-text'
import { DISMISSED_ATTRIBUTE, RESTORE_DISMISSAL_SCRIPT } from '../dismissal'

const refresh = jest.fn()
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }))

const BANNER_TEXT = "Today's deal: free shipping on all orders 🥳"

let current: Result<DealState> = { ok: true, data: { deal: null, nextChangeAt: null } }

function serve(state: DealState) {
  current = { ok: true, data: state }
}

/** Renders the banner as a fresh page load would: the <head> script runs first. */
function loadPage(clockOffsetMs?: number) {
  cleanup()
  document.documentElement.removeAttribute(DISMISSED_ATTRIBUTE)
  // The inline <head> script is a string, as the page ships it: running its text is the test.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function(RESTORE_DISMISSAL_SCRIPT)()
  render(
    <DealBannerFor state={current} siteUrl="http://localhost:3000" clockOffsetMs={clockOffsetMs} />,
  )
}

const banner = () => screen.queryByRole('complementary', { name: "Today's deal" })

beforeEach(() => {
  localStorage.clear()
  refresh.mockReset()
})

afterEach(() => {
  jest.useRealTimers()
})

describe('DealBanner', () => {
  it('renders nothing when no deal is live', async () => {
    serve({ deal: null, nextChangeAt: null })
    loadPage()
    expect(banner()).toBeNull()
  })

  it('shows the live deal as one sentence in a labelled region', async () => {
    serve({ deal, nextChangeAt: null })
    loadPage()
    expect(banner()).toHaveTextContent(BANNER_TEXT)
    expect(screen.getByText(BANNER_TEXT)).toBeVisible()
    expect(screen.getByRole('button', { name: "Dismiss Today's deal" })).toBeEnabled()
  })

  it('shows nothing for a scheduled deal, and refreshes the page when it starts', async () => {
    jest.useFakeTimers({ now: new Date('2025-06-01T10:00:00Z') })
    serve({ deal: null, nextChangeAt: '2025-06-01T10:05:00Z' })
    loadPage()
    expect(banner()).toBeNull()
    jest.advanceTimersByTime(4 * 60 * 1000)
    expect(refresh).not.toHaveBeenCalled()
    jest.advanceTimersByTime(62 * 1000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('refreshes an open page when the live deal ends', async () => {
    jest.useFakeTimers({ now: new Date('2025-06-01T10:00:00Z') })
    serve({
      deal: { ...deal, endsAt: '2025-06-01T11:00:00Z' },
      nextChangeAt: '2025-06-01T11:00:00Z',
    })
    loadPage()
    expect(banner()).not.toBeNull()
    jest.advanceTimersByTime(60 * 60 * 1000 + 1000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('in a preview viewing tomorrow, refreshes when the deal ends on the preview clock', async () => {
    jest.useFakeTimers({ now: new Date('2025-06-01T10:00:00Z') })
    const day = 24 * 60 * 60 * 1000
    // Read at tomorrow 10:00: the deal ends at tomorrow 10:30, half an hour on the preview clock.
    serve({
      deal: { ...deal, endsAt: '2025-06-02T10:30:00Z' },
      nextChangeAt: '2025-06-02T10:30:00Z',
    })
    loadPage(day)
    jest.advanceTimersByTime(29 * 60 * 1000)
    expect(refresh).not.toHaveBeenCalled()
    jest.advanceTimersByTime(62 * 1000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('renders nothing once the deal has expired', async () => {
    serve({ deal: null, nextChangeAt: null })
    loadPage()
    expect(screen.queryByText(BANNER_TEXT)).toBeNull()
  })

  it('renders nothing when the deal could not be read or is broken', async () => {
    current = {
      ok: false,
      error: {
        kind: 'invalid',
        documentId: 'deal-x',
        path: 'message',
        message: 'Required',
        query: 'dealsQuery',
      },
    }
    loadPage()
    expect(banner()).toBeNull()
  })

  it('hides when dismissed and stays hidden on the next page load', async () => {
    serve({ deal, nextChangeAt: null })
    loadPage()
    await userEvent.click(screen.getByRole('button', { name: "Dismiss Today's deal" }))
    expect(screen.getByText(BANNER_TEXT)).not.toBeVisible()

    loadPage()
    expect(screen.getByText(BANNER_TEXT)).not.toBeVisible()
  })

  it('shows again after the deal is edited', async () => {
    serve({ deal, nextChangeAt: null })
    loadPage()
    await userEvent.click(screen.getByRole('button', { name: "Dismiss Today's deal" }))

    serve({
      deal: { ...deal, revision: 'rev2', message: 'free shipping on orders over $20' },
      nextChangeAt: null,
    })
    loadPage()
    expect(screen.getByText("Today's deal: free shipping on orders over $20 🥳")).toBeVisible()
  })

  it('links only to safe targets', async () => {
    serve({ deal: { ...deal, href: '/category/fitness' }, nextChangeAt: null })
    loadPage()
    expect(screen.getByRole('link', { name: BANNER_TEXT })).toHaveAttribute(
      'href',
      '/category/fitness',
    )

    serve({ deal: { ...deal, href: 'javascript:alert(1)' }, nextChangeAt: null })
    loadPage()
    expect(screen.queryByRole('link')).toBeNull()
    expect(banner()).toHaveTextContent(BANNER_TEXT)
  })

  it('links a deal without a link of its own to the deals page', async () => {
    serve({ deal: { ...deal, href: null }, nextChangeAt: null })
    loadPage()
    expect(screen.getByRole('link', { name: BANNER_TEXT })).toHaveAttribute('href', '/deals')
  })
})

describe('a shopper page', () => {
  it('has the sentence as one text, however the page came by its (empty) edit attributes', () => {
    // Outside draft mode a page's editor yields no attribute (lib/preview/edit-attributes.ts).
    const html = renderToString(
      <DealBannerView deal={deal} siteUrl="http://localhost:3000" edit={() => undefined} />,
    )
    const container = document.createElement('div')
    container.innerHTML = html
    const link = container.querySelector('a')
    // One text node: no client components, and no `<!-- -->` between parts of the sentence.
    expect([...(link?.childNodes ?? [])].map((node) => node.nodeType)).toEqual([Node.TEXT_NODE])
    expect(link?.textContent).toBe(dealText(deal))
  })
})
