import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { DEAL_FILTERS } from './dealFilters'
import { dealState, type DealState } from './dealState'

const now = '2025-06-15T12:00:00.000Z'

// One deal per interesting case; the GROQ filters must put each one where `dealState` does.
const deals = [
  { _id: 'open', enabled: true },
  { _id: 'started', enabled: true, startsAt: '2025-06-01T00:00:00.000Z' },
  {
    _id: 'inside',
    enabled: true,
    startsAt: '2025-06-15T00:00:00Z',
    endsAt: '2025-06-16T00:00:00Z',
  },
  { _id: 'starts-now', enabled: true, startsAt: now },
  {
    _id: 'later',
    enabled: true,
    startsAt: '2025-06-15T12:00:01.000Z',
    endsAt: '2025-07-01T00:00:00.000Z',
  },
  { _id: 'ends-now', enabled: true, endsAt: now },
  { _id: 'ended', enabled: true, startsAt: '2025-06-01T00:00:00Z', endsAt: '2025-06-02T00:00:00Z' },
  { _id: 'off', enabled: false, startsAt: '2025-06-01T00:00:00Z' },
  { _id: 'unset' },
].map((deal) => ({ _type: 'deal', ...deal }))

async function idsMatching(filter: string): Promise<string[]> {
  const result = await evaluate(parse(`*[${filter}]._id`), { dataset: deals, params: { now } })
  return (await result.get()) as string[]
}

describe('DEAL_FILTERS', () => {
  it.each<DealState>(['live', 'scheduled', 'expired', 'disabled'])(
    '%s agrees with dealState',
    async (state) => {
      const expected = deals
        .filter((deal) => dealState(deal, new Date(now)) === state)
        .map((deal) => deal._id)
      expect(expected.length).toBeGreaterThan(0)
      expect((await idsMatching(DEAL_FILTERS[state])).sort()).toEqual(expected.sort())
    },
  )

  it('puts every deal in exactly one list', async () => {
    const all = (await Promise.all(Object.values(DEAL_FILTERS).map(idsMatching))).flat()
    expect(all.sort()).toEqual(deals.map((deal) => deal._id).sort())
  })
})
