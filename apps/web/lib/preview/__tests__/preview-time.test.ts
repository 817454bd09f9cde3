/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { MAX_PREVIEW_OFFSET_MS, parsePreviewOffset, parsePreviewTime } from '../preview-time'

const NOW = Date.parse('2026-11-30T12:00:00Z')

describe('parsePreviewTime', () => {
  it('reads a datetime-local value as UTC without a zone offset', () => {
    expect(parsePreviewTime('2026-12-01T09:00', null, NOW)).toEqual({
      ok: true,
      at: Date.parse('2026-12-01T09:00:00Z'),
    })
    expect(parsePreviewTime('2026-12-01T09:00:30', '', NOW)).toEqual({
      ok: true,
      at: Date.parse('2026-12-01T09:00:30Z'),
    })
  })

  it('applies the browser offset (UTC minus local, in minutes)', () => {
    // 09:00 in Berlin in winter (UTC+1, getTimezoneOffset() = -60) is 08:00 UTC.
    expect(parsePreviewTime('2026-12-01T09:00', '-60', NOW)).toEqual({
      ok: true,
      at: Date.parse('2026-12-01T08:00:00Z'),
    })
    // 09:00 in New York (UTC-5, offset 300) is 14:00 UTC.
    expect(parsePreviewTime('2026-12-01T09:00', '300', NOW)).toEqual({
      ok: true,
      at: Date.parse('2026-12-01T14:00:00Z'),
    })
  })

  it('refuses what is not a moment, with a message', () => {
    for (const value of [
      null,
      '',
      'tomorrow',
      '2026-12-01',
      '2026-12-01 09:00',
      '2026-02-30T09:00',
      '2026-12-01T24:00',
      '2026-12-01T09:60',
      '2026-12-01T09:00Z',
    ]) {
      const choice = parsePreviewTime(value, null, NOW)
      expect(choice.ok).toBe(false)
      expect(choice.ok ? '' : choice.error).toMatch(/\w/)
    }
  })

  it('refuses a bad zone offset and a time more than a year away', () => {
    expect(parsePreviewTime('2026-12-01T09:00', 'x', NOW).ok).toBe(false)
    expect(parsePreviewTime('2026-12-01T09:00', '1500', NOW).ok).toBe(false)
    expect(parsePreviewTime('2028-12-01T09:00', null, NOW).ok).toBe(false)
    expect(parsePreviewTime('2024-12-01T09:00', null, NOW).ok).toBe(false)
  })
})

describe('parsePreviewOffset', () => {
  it('reads a whole number of milliseconds within a year', () => {
    expect(parsePreviewOffset('86400000')).toBe(86_400_000)
    expect(parsePreviewOffset('-3600000')).toBe(-3_600_000)
    expect(parsePreviewOffset(String(MAX_PREVIEW_OFFSET_MS))).toBe(MAX_PREVIEW_OFFSET_MS)
  })

  it('ignores anything else', () => {
    for (const value of [
      undefined,
      '',
      '1e9',
      '12.5',
      ' 1',
      String(MAX_PREVIEW_OFFSET_MS + 1),
      '9999999999999',
    ])
      expect(parsePreviewOffset(value)).toBeUndefined()
  })
})
