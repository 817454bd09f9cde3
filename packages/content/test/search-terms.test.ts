import { describe, expect, it } from '@jest/globals'
import { MAX_QUERY_LENGTH, matchesSearchWord, parseSearchQuery } from '../src/search-terms'

describe('parseSearchQuery', () => {
  it('drops common words, folds case and adds a prefix wildcard to longer words', () => {
    expect(parseSearchQuery('How to prevent Back PAIN')).toEqual({
      ok: true,
      words: ['prevent', 'back', 'pain'],
      patterns: ['prevent*', 'back*', 'pain*'],
    })
  })

  it('folds accents out of the patterns, as the folded search copies are (search-text.ts)', () => {
    expect(parseSearchQuery('Crème café')).toMatchObject({
      ok: true,
      words: ['crème', 'café'],
      patterns: ['creme*', 'cafe*'],
    })
    expect(parseSearchQuery('creme CAFE')).toMatchObject({ patterns: ['creme*', 'cafe*'] })
  })

  it('answers empty, only common words and too long without searching', () => {
    expect(parseSearchQuery('   ')).toEqual({ ok: false, reason: 'empty' })
    expect(parseSearchQuery('*[_type == "x"]{...} && ||')).toMatchObject({
      ok: true,
      words: ['type', 'x'],
    })
    expect(parseSearchQuery('the and of')).toEqual({ ok: false, reason: 'only-common-words' })
    expect(parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({
      ok: false,
      reason: 'too-long',
    })
    expect(parseSearchQuery('\u0000\u0007\u001b[31m')).toMatchObject({ ok: true, words: ['31m'] })
  })

  it('makes patterns of letters, digits and * only, whatever the input', () => {
    const hostile = `") || true || ("   $terms  *  \\ ' \` {} [] ^ / .. ~ 🥳 日本語`
    const parsed = parseSearchQuery(hostile)
    if (!parsed.ok) throw new Error(parsed.reason)
    for (const pattern of parsed.patterns) expect(pattern).toMatch(/^[\p{L}\p{N}*]+$/u)
    expect(parsed.patterns).toContain('true*')
    expect(parsed.patterns).toContain('日本語*')
  })

  it('highlights the same words it searched', () => {
    expect(matchesSearchWord('Painful', ['pain'])).toBe(true)
    expect(matchesSearchWord('café', ['cafe'])).toBe(true)
    expect(matchesSearchWord('spine', ['pain'])).toBe(false)
    expect(matchesSearchWord('ab', ['a'])).toBe(false)
  })
})
