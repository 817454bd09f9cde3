import { describe, expect, it } from '@jest/globals'
import { formatDate, formatDateTime, formatDealWindow } from '../formatDates'

describe('formatDates', () => {
  it('shows a datetime in the given time zone', () => {
    expect(formatDateTime('2025-06-15T12:00:00.000Z', 'Europe/Oslo')).toBe('15 Jun 2025, 14:00')
  })

  it('shows a date without the time', () => {
    expect(formatDate('2025-06-15T23:30:00.000Z', 'UTC')).toBe('15 Jun 2025')
  })

  it.each([undefined, null, '', 'not a date', 42])('has no text for %p', (value) => {
    expect(formatDateTime(value)).toBeUndefined()
  })

  it('names open ends of a deal window', () => {
    expect(formatDealWindow(undefined, undefined)).toBe('Now → open-ended')
    expect(formatDealWindow('2025-06-15T12:00:00Z', '2025-06-16T12:00:00Z', 'UTC')).toBe(
      '15 Jun 2025, 12:00 → 16 Jun 2025, 12:00',
    )
  })
})
