/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import {
  encodePreviewPerspective,
  MAX_STACKED_RELEASES,
  parsePreviewPerspective,
  previewedReleases,
} from '../perspective'

describe('parsePreviewPerspective', () => {
  it('reads the names and release stacks Presentation sends, as cookie or comlink value', () => {
    expect(parsePreviewPerspective('drafts')).toBe('drafts')
    expect(parsePreviewPerspective('published')).toBe('published')
    expect(parsePreviewPerspective('rAbc123,drafts')).toEqual(['rAbc123', 'drafts'])
    expect(parsePreviewPerspective(['rB', 'r_A-1', 'drafts'])).toEqual(['rB', 'r_A-1', 'drafts'])
    expect(parsePreviewPerspective('rOnly')).toEqual(['rOnly'])
    // `published` is the bottom of every stack: listing it changes nothing.
    expect(parsePreviewPerspective(['rA', 'published'])).toEqual(['rA'])
  })

  it('falls back to drafts for anything else', () => {
    const tooMany = Array.from({ length: MAX_STACKED_RELEASES + 1 }, (_, i) => `r${i}`)
    for (const value of [
      undefined,
      null,
      '',
      'raw',
      'previewDrafts',
      'rA,raw',
      'drafts,rA',
      'rA,,drafts',
      'rA,rA',
      'r A',
      'versions.rA',
      'rA;drafts',
      'é',
      'r'.repeat(129),
      'x'.repeat(20_000),
      [],
      ['rA', 1],
      { 0: 'rA' },
      tooMany,
      tooMany.join(','),
    ])
      expect(parsePreviewPerspective(value)).toBe('drafts')
  })
})

describe('encodePreviewPerspective and previewedReleases', () => {
  it('write the cookie value next-sanity writes and name the releases', () => {
    expect(encodePreviewPerspective(['rA', 'drafts'])).toBe('rA,drafts')
    expect(encodePreviewPerspective('published')).toBe('published')
    expect(previewedReleases(['rB', 'rA', 'drafts'])).toEqual(['rB', 'rA'])
    expect(previewedReleases('drafts')).toEqual([])
  })
})
