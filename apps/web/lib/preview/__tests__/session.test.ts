/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { isValidPreviewSession, PREVIEW_SESSION_MS, signPreviewSession } from '../session'

const KEY = 'server-read-token-0123'
const NOW = Date.parse('2026-11-30T10:00:00Z')

describe('preview session', () => {
  it('accepts what it signed until it expires', () => {
    const session = signPreviewSession(KEY, NOW)
    expect(isValidPreviewSession(session, KEY, NOW)).toBe(true)
    expect(isValidPreviewSession(session, KEY, NOW + PREVIEW_SESSION_MS - 1)).toBe(true)
    expect(isValidPreviewSession(session, KEY, NOW + PREVIEW_SESSION_MS)).toBe(false)
  })

  it('refuses another key, an edited expiry, garbage and nothing', () => {
    const session = signPreviewSession(KEY, NOW)
    expect(isValidPreviewSession(session, 'another-key-0123', NOW)).toBe(false)
    const [expiry, mac] = session.split('.')
    expect(isValidPreviewSession(`${Number(expiry) + 1000}.${mac ?? ''}`, KEY, NOW)).toBe(false)
    for (const value of [undefined, '', 'x', `${expiry ?? ''}.`, '1.2.3'])
      expect(isValidPreviewSession(value, KEY, NOW)).toBe(false)
  })
})
