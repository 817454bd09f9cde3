import { describe, expect, it } from '@jest/globals'
import type { DealTerms } from '@repo/content/view-models'
import { render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { hydrateRoot } from 'react-dom/client'
import { act } from 'react'
import { DealsList } from '../deals-list'
import { LocalTime } from '../local-time.client'
import { DEAL_TIME_FORMAT } from '../time-format'

const SITE = 'http://localhost:3000'
const deal = (id: string, fields: Partial<DealTerms> = {}): DealTerms => ({
  id,
  label: "Today's deal",
  message: `message of ${id}`,
  emoji: null,
  href: null,
  startsAt: null,
  endsAt: null,
  ...fields,
})

describe('DealsList', () => {
  it('shows each live deal with what, where and until when', () => {
    render(
      <DealsList
        siteUrl={SITE}
        deals={{
          live: [deal('a', { endsAt: '2025-06-02T00:00:00Z', href: '/category/back-health' })],
          upcoming: [],
          nextChangeAt: null,
        }}
      />,
    )
    const live = screen.getByRole('region', { name: 'Live now' })
    expect(within(live).getByRole('heading', { name: "Today's deal: message of a" })).toBeVisible()
    expect(within(live).getByRole('link', { name: '/category/back-health' })).toBeVisible()
    const ends = live.querySelector('time')
    expect(ends).toHaveAttribute('dateTime', '2025-06-02T00:00:00.000Z')
    expect(screen.queryByRole('region', { name: 'Coming soon' })).toBeNull()
  })

  it('lists announced deals under Coming soon, and says clearly when nothing runs', () => {
    render(
      <DealsList
        siteUrl={SITE}
        deals={{
          live: [],
          upcoming: [deal('b', { startsAt: '2025-07-01T08:00:00Z' })],
          nextChangeAt: null,
        }}
      />,
    )
    expect(screen.getByText(/There are no deals running right now/)).toBeVisible()
    const upcoming = screen.getByRole('region', { name: 'Coming soon' })
    expect(within(upcoming).getByText("Today's deal: message of b")).toBeVisible()
  })
})

describe('LocalTime', () => {
  it('hydrates the server HTML (UTC) without a mismatch, then shows the local time', async () => {
    const iso = '2025-06-02T00:00:00.000Z'
    const container = document.createElement('div')
    container.innerHTML = renderToString(<LocalTime iso={iso} utcText="server text" />)
    expect(container.textContent).toBe('server text')
    const errors: unknown[] = []
    await act(async () => {
      hydrateRoot(container, <LocalTime iso={iso} utcText="server text" />, {
        onRecoverableError: (error) => errors.push(error),
      })
    })
    expect(errors).toEqual([])
    const local = new Intl.DateTimeFormat(undefined, DEAL_TIME_FORMAT).format(new Date(iso))
    expect(container.textContent).toBe(local)
    expect(container.querySelector('time')).toHaveAttribute('dateTime', iso)
  })
})
