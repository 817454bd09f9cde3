import { describe, expect, it } from '@jest/globals'
import { dealPhase } from '@repo/content/deal-rule'
import { dealWindowOf } from '../dealState'

const now = new Date('2025-06-15T12:00:00.000Z')

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
    expect(dealPhase(window, now)).toBe('disabled')
  })
})
