/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { LiveFieldStore } from '../live-field-store'
import type { FieldValues } from '../live-fields'

const ARTICLE = 'article-1'

/** A store whose reads resolve only when the test says so, in any order. */
function storeWithReads() {
  const reads: { ids: readonly string[]; resolve: (values: FieldValues) => void }[] = []
  const errors: unknown[] = []
  const store = new LiveFieldStore(
    (ids) => new Promise<FieldValues>((resolve) => reads.push({ ids, resolve })),
    (error) => errors.push(error),
  )
  const title = (text: string): FieldValues => ({ [ARTICLE]: { title: text } })
  return { store, reads, errors, title }
}

function read(reads: { resolve: (values: FieldValues) => void }[], index: number) {
  const pending = reads[index]
  if (!pending) throw new Error(`no read #${index} was started`)
  return pending.resolve
}

describe('LiveFieldStore', () => {
  it('shows a read value at once, and the server value again once a later render committed', async () => {
    const { store, reads, title } = storeWithReads()
    store.register(ARTICLE, 'title')
    let notified = 0
    store.subscribe(() => (notified += 1))

    const changed = store.changed()
    const render = store.renderAsked()
    expect(reads[0]?.ids).toEqual([ARTICLE])
    read(reads, 0)(title('Typed'))
    await changed
    expect(store.value(ARTICLE, 'title')).toBe('Typed')
    expect(notified).toBe(1)

    store.renderCommitted(render)
    expect(store.value(ARTICLE, 'title')).toBeUndefined()
    expect(notified).toBe(2)
  })

  it('keeps a newer read over a render asked for before it (no step back while typing)', async () => {
    const { store, reads, title } = storeWithReads()
    store.register(ARTICLE, 'title')
    const first = store.changed()
    const render = store.renderAsked()
    read(reads, 0)(title('Ty'))
    await first
    const second = store.changed() // typed on while the render was under way
    read(reads, 1)(title('Typed'))
    await second
    store.renderCommitted(render) // it read the lake before "Typed" was there
    expect(store.value(ARTICLE, 'title')).toBe('Typed')
    store.renderCommitted(store.renderAsked())
    expect(store.value(ARTICLE, 'title')).toBeUndefined()
  })

  it('drops a read that answers after a newer read or a committed render', async () => {
    const { store, reads, title } = storeWithReads()
    store.register(ARTICLE, 'title')
    const slow = store.changed()
    const fast = store.changed()
    read(reads, 1)(title('Typed'))
    await fast
    read(reads, 0)(title('Ty'))
    await slow
    expect(store.value(ARTICLE, 'title')).toBe('Typed')

    const late = store.changed()
    store.renderCommitted(store.renderAsked())
    read(reads, 2)(title('Typed, then rendered'))
    await late
    expect(store.value(ARTICLE, 'title')).toBeUndefined()
  })

  it('lets a server render showing the same text end the override', async () => {
    const { store, reads, title } = storeWithReads()
    store.register(ARTICLE, 'title')
    const changed = store.changed()
    read(reads, 0)(title('Typed'))
    await changed
    store.serverShows(ARTICLE, 'title', 'Older')
    expect(store.value(ARTICLE, 'title')).toBe('Typed')
    store.serverShows(ARTICLE, 'title', 'Typed')
    expect(store.value(ARTICLE, 'title')).toBeUndefined()
  })

  it('reads only what is registered, each document once, and nothing when nothing is', async () => {
    const { store, reads } = storeWithReads()
    await store.changed()
    expect(reads).toHaveLength(0)
    const offTitle = store.register(ARTICLE, 'title')
    const offExcerpt = store.register(ARTICLE, 'excerpt')
    store.register('deal-1', 'message')
    void store.changed()
    expect(reads[0]?.ids).toEqual([ARTICLE, 'deal-1'])
    read(reads, 0)({ [ARTICLE]: { title: 'T', excerpt: 'E' }, 'deal-1': { label: 'not shown' } })
    await Promise.resolve()
    expect(store.value('deal-1', 'label')).toBeUndefined()
    offTitle()
    offTitle() // twice is once
    offExcerpt()
    void store.changed()
    expect(reads[1]?.ids).toEqual(['deal-1'])
  })

  it('forgets every value on a perspective switch and ignores reads from before it', async () => {
    const { store, reads, title } = storeWithReads()
    store.register(ARTICLE, 'title')
    const draft = store.changed()
    read(reads, 0)(title('Draft'))
    await draft
    const beforeSwitch = store.changed()
    const reset = store.reset()
    expect(store.value(ARTICLE, 'title')).toBeUndefined()
    read(reads, 1)(title('Draft, typed on'))
    await beforeSwitch
    expect(store.value(ARTICLE, 'title')).toBeUndefined()
    read(reads, 2)(title('In the release'))
    await reset
    expect(store.value(ARTICLE, 'title')).toBe('In the release')
  })

  it('reports a failed read and keeps what it showed', async () => {
    const errors: unknown[] = []
    let online = true
    const store = new LiveFieldStore(
      async () => {
        if (!online) throw new Error('offline')
        return { [ARTICLE]: { title: 'Typed' } }
      },
      (error) => errors.push(error),
    )
    store.register(ARTICLE, 'title')
    await store.changed()
    online = false
    await store.changed()
    expect(errors).toEqual([new Error('offline')])
    expect(store.value(ARTICLE, 'title')).toBe('Typed')
  })
})
