import { describe, expect, it } from '@jest/globals'
import { seedReader, type SeedDocument } from './support/seed'

const NOW = new Date('2025-06-01T12:00:00.000Z')

function deal(id: string, fields: Record<string, unknown>): SeedDocument {
  return {
    _id: id,
    _type: 'deal',
    _rev: `rev-${id}`,
    _updatedAt: '2025-05-01T00:00:00.000Z',
    label: "Today's deal",
    message: `message of ${id}`,
    priority: 0,
    enabled: true,
    ...fields,
  }
}

async function stateOf(deals: SeedDocument[]) {
  const { client, reported } = seedReader(deals)
  const result = await client.getDealState(NOW)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return { ...result.data, reported }
}

describe('getDealState', () => {
  it('shows the enabled deal with the highest priority whose window holds now', async () => {
    const state = await stateOf([
      deal('low', { priority: 1 }),
      deal('high', {
        priority: 5,
        startsAt: '2025-06-01T00:00:00Z',
        endsAt: '2025-06-02T00:00:00Z',
      }),
      deal('disabled', { priority: 9, enabled: false }),
      deal('future', { priority: 9, startsAt: '2025-06-03T00:00:00Z' }),
      deal('past', { priority: 9, endsAt: '2025-06-01T11:59:59Z' }),
      deal('drafts.high', { priority: 99 }),
    ])
    expect(state.deal).toMatchObject({
      id: 'high',
      revision: 'rev-high',
      message: 'message of high',
    })
    // The active deal ends before the future one starts.
    expect(state.nextChangeAt).toBe('2025-06-02T00:00:00.000Z')
  })

  it('breaks priority ties by the most recently edited deal', async () => {
    const state = await stateOf([
      deal('older', { _updatedAt: '2025-05-01T00:00:00Z' }),
      deal('newer', { _updatedAt: '2025-05-02T00:00:00Z' }),
    ])
    expect(state.deal?.id).toBe('newer')
  })

  it('treats a window that starts exactly now as live and one that ends now as over', async () => {
    expect((await stateOf([deal('a', { startsAt: NOW.toISOString() })])).deal?.id).toBe('a')
    expect((await stateOf([deal('a', { endsAt: NOW.toISOString() })])).deal).toBeNull()
  })

  it('reports the next start when nothing is live, ignoring disabled deals', async () => {
    const state = await stateOf([
      deal('later', { startsAt: '2025-07-01T00:00:00Z' }),
      deal('sooner', { startsAt: '2025-06-10T00:00:00Z', endsAt: '2025-06-11T00:00:00Z' }),
      deal('off', { enabled: false, startsAt: '2025-06-02T00:00:00Z' }),
    ])
    expect(state).toMatchObject({ deal: null, nextChangeAt: '2025-06-10T00:00:00.000Z' })
  })

  it('shows no deal when the live one is broken, reports it and still knows the next change', async () => {
    const state = await stateOf([
      deal('broken', { link: 'javascript:alert(1)', endsAt: '2025-06-05T00:00:00Z' }),
    ])
    expect(state.deal).toBeNull()
    expect(state.nextChangeAt).toBe('2025-06-05T00:00:00.000Z')
    expect(state.reported.invalid).toMatchObject([
      { documentId: 'broken', documentType: 'deal', path: 'link' },
    ])
  })

  it('has no deal and no change when there are no deals', async () => {
    expect(await stateOf([])).toMatchObject({ deal: null, nextChangeAt: null })
  })
})
