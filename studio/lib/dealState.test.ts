import { describe, expect, it } from '@jest/globals'
import { dealBoundaries, dealState, dealWindowOf, type DealWindow } from './dealState'

const now = new Date('2025-06-15T12:00:00.000Z')

describe('dealState', () => {
  it.each<[string, DealWindow, ReturnType<typeof dealState>]>([
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
    expect(dealState(deal, now)).toBe(expected)
  })
})

describe('dealWindowOf', () => {
  it('keeps the window fields of a deal document', () => {
    expect(
      dealWindowOf({ _id: 'd', enabled: true, startsAt: 'a', endsAt: 'b', message: 'x' }),
    ).toEqual({
      enabled: true,
      startsAt: 'a',
      endsAt: 'b',
    })
  })

  it('drops values of the wrong type, which makes the deal disabled', () => {
    const window = dealWindowOf({ enabled: 'yes', startsAt: 5 })
    expect(window).toEqual({ enabled: undefined, startsAt: undefined, endsAt: undefined })
    expect(dealState(window, now)).toBe('disabled')
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
