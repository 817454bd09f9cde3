import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import {
  DEAL_PHASE_FILTERS,
  dealBoundaries,
  dealPhase,
  nextDealChange,
  type DealPhase,
  type DealWindow,
} from '../src/deal-rule'

const now = new Date('2025-06-15T12:00:00.000Z')

describe('dealPhase', () => {
  it.each<[string, DealWindow, ReturnType<typeof dealPhase>]>([
    ['open window', { enabled: true }, 'live'],
    ['started, no end', { enabled: true, startsAt: '2025-06-01T00:00:00.000Z' }, 'live'],
    [
      'inside the window',
      { enabled: true, startsAt: '2025-06-15T00:00:00Z', endsAt: '2025-06-16T00:00:00Z' },
      'live',
    ],
    ['starts exactly now', { enabled: true, startsAt: '2025-06-15T12:00:00.000Z' }, 'live'],
    ['starts later', { enabled: true, startsAt: '2025-06-15T12:00:01.000Z' }, 'scheduled'],
    ['ends exactly now', { enabled: true, endsAt: '2025-06-15T12:00:00.000Z' }, 'expired'],
    [
      'ended',
      { enabled: true, startsAt: '2025-06-01T00:00:00Z', endsAt: '2025-06-02T00:00:00Z' },
      'expired',
    ],
    [
      'disabled inside its window',
      { enabled: false, startsAt: '2025-06-01T00:00:00Z' },
      'disabled',
    ],
    ['enabled missing', { startsAt: '2025-06-01T00:00:00Z' }, 'disabled'],
    ['empty strings are open ends', { enabled: true, startsAt: '', endsAt: '' }, 'live'],
    ['null fields are open ends', { enabled: true, startsAt: null, endsAt: null }, 'live'],
  ])('%s', (_name, deal, expected) => {
    expect(dealPhase(deal, now)).toBe(expected)
  })
})

describe('dealBoundaries', () => {
  it('is the start and end of an enabled deal, whichever are set and valid', () => {
    const startsAt = '2025-06-15T12:00:00Z'
    const endsAt = '2025-06-16T12:00:00.000Z'
    expect(dealBoundaries({ enabled: true, startsAt, endsAt })).toEqual([
      Date.parse(startsAt),
      Date.parse(endsAt),
    ])
    expect(dealBoundaries({ enabled: true, endsAt })).toEqual([Date.parse(endsAt)])
    expect(dealBoundaries({ enabled: true, startsAt: 'soon', endsAt: '' })).toEqual([])
  })

  it('is nothing for a disabled deal or none, which never change state with time', () => {
    expect(dealBoundaries({ enabled: false, startsAt: '2025-06-15T12:00:00Z' })).toEqual([])
    expect(dealBoundaries(null)).toEqual([])
  })
})

const nowText = now.toISOString()

// One deal per interesting case; the GROQ filters must put each one where `dealPhase` does.
const deals = [
  { _id: 'open', enabled: true },
  { _id: 'started', enabled: true, startsAt: '2025-06-01T00:00:00.000Z' },
  {
    _id: 'inside',
    enabled: true,
    startsAt: '2025-06-15T00:00:00Z',
    endsAt: '2025-06-16T00:00:00Z',
  },
  { _id: 'starts-now', enabled: true, startsAt: nowText },
  {
    _id: 'later',
    enabled: true,
    startsAt: '2025-06-15T12:00:01.000Z',
    endsAt: '2025-07-01T00:00:00.000Z',
  },
  { _id: 'ends-now', enabled: true, endsAt: nowText },
  { _id: 'ended', enabled: true, startsAt: '2025-06-01T00:00:00Z', endsAt: '2025-06-02T00:00:00Z' },
  { _id: 'off', enabled: false, startsAt: '2025-06-01T00:00:00Z' },
  { _id: 'unset' },
].map((deal) => ({ _type: 'deal', ...deal }))

async function idsMatching(filter: string): Promise<string[]> {
  const result = await evaluate(parse(`*[${filter}]._id`), {
    dataset: deals,
    params: { now: nowText },
  })
  return (await result.get()) as string[]
}

describe('DEAL_PHASE_FILTERS', () => {
  it.each<DealPhase>(['live', 'scheduled', 'expired', 'disabled'])(
    '%s agrees with dealPhase',
    async (state) => {
      const expected = deals
        .filter((deal) => dealPhase(deal, now) === state)
        .map((deal) => deal._id)
      expect(expected.length).toBeGreaterThan(0)
      expect((await idsMatching(DEAL_PHASE_FILTERS[state])).sort()).toEqual(expected.sort())
    },
  )

  it('puts every deal in exactly one list', async () => {
    const all = (await Promise.all(Object.values(DEAL_PHASE_FILTERS).map(idsMatching))).flat()
    expect(all.sort()).toEqual(deals.map((deal) => deal._id).sort())
  })
})

describe('nextDealChange', () => {
  it('is the earliest start or end after now of an enabled deal', () => {
    const deals: DealWindow[] = [
      { enabled: true, startsAt: '2025-06-01T00:00:00Z', endsAt: '2025-06-20T00:00:00Z' },
      { enabled: true, startsAt: '2025-06-18T00:00:00Z' },
      { enabled: false, startsAt: '2025-06-16T00:00:00Z' },
    ]
    expect(nextDealChange(deals, now)).toBe('2025-06-18T00:00:00.000Z')
  })

  it('is null when no enabled deal starts or ends after now', () => {
    expect(nextDealChange([{ enabled: true, endsAt: now.toISOString() }], now)).toBeNull()
    expect(nextDealChange([], now)).toBeNull()
  })
})
