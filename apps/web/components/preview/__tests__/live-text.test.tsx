import { describe, expect, it } from '@jest/globals'
import { act, render, screen } from '@testing-library/react'
import { liveFields } from '../live-fields.client'
import { fieldText } from '../field-text'

// The store reads from the fields route; here from this variable.
const mockLake = { title: 'Published title' }
jest.mock('../live-fields.client', () => {
  const { LiveFieldStore } = jest.requireActual<typeof import('@/lib/preview/live-field-store')>(
    '@/lib/preview/live-field-store',
  )
  return {
    liveFields: new LiveFieldStore(async (ids: readonly string[]) =>
      Object.fromEntries(ids.map((id) => [id, { title: mockLake.title }])),
    ),
  }
})

// jsdom has no User Timing; the marks tell the bench when the server render caught up.
const mark = jest.fn()
Object.assign(performance, { mark })

const ARTICLE = { id: 'article-1' }
const edit = (path: string) => `id=article-1;path=${path}`

const title = (value: string) => (
  <h1 data-sanity={edit('title')}>{fieldText(edit, ARTICLE, 'title', value)}</h1>
)

describe('fieldText', () => {
  it('is the plain string for shoppers (no client component in their page)', () => {
    expect(fieldText(undefined, ARTICLE, 'title', 'Published title')).toBe('Published title')
    // Outside draft mode a page's editor yields no attribute (lib/preview/edit-attributes.ts).
    expect(fieldText(() => undefined, ARTICLE, 'title', 'Published title')).toBe('Published title')
  })

  it('shows typed text in draft mode at once, then the server render once it is committed', async () => {
    const { rerender } = render(title('Published title'))
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent(/^Published title$/)

    mockLake.title = 'Typed in the Studio'
    await act(() => liveFields.changed())
    const render1 = liveFields.renderAsked()
    expect(heading).toHaveTextContent(/^Typed in the Studio$/)
    // No element of its own: the overlay attribute stays on the heading, around the text.
    expect(heading).toHaveAttribute('data-sanity', 'id=article-1;path=title')
    expect(heading.children).toHaveLength(0)

    // A render asked for before the last keystroke lands: the newer typed text stays.
    mockLake.title = 'Typed in the Studio, on'
    await act(() => liveFields.changed())
    rerender(title('Typed in the Studio'))
    act(() => liveFields.renderCommitted(render1))
    expect(heading).toHaveTextContent(/^Typed in the Studio, on$/)

    // The render asked for after it: the server's text, which is the same.
    const render2 = liveFields.renderAsked()
    rerender(title('Typed in the Studio, on'))
    act(() => liveFields.renderCommitted(render2))
    expect(liveFields.value(ARTICLE.id, 'title')).toBeUndefined()
    expect(heading).toHaveTextContent(/^Typed in the Studio, on$/)
    expect(mark).toHaveBeenLastCalledWith('live-preview:server-text', {
      detail: { id: 'article-1', field: 'title', value: 'Typed in the Studio, on' },
    })
  })
})
