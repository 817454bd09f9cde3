/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { anchorProps } from '../links'

const SITE = 'https://shop.example'

describe('anchorProps', () => {
  it.each([
    ['/category/fitness', { href: '/category/fitness' }],
    ['#comments', { href: '#comments' }],
    ['mailto:help@shop.example', { href: 'mailto:help@shop.example' }],
    ['https://shop.example/blog/x', { href: 'https://shop.example/blog/x' }],
    [
      'https://example.org/study',
      { href: 'https://example.org/study', rel: 'noopener noreferrer' },
    ],
  ])('links %s', (href, expected) => {
    expect(anchorProps(href, SITE)).toEqual(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    '//evil.example',
    'vbscript:x',
    ' /x',
    '',
    null,
  ])('refuses %p', (href) => {
    expect(anchorProps(href, SITE)).toBeNull()
  })
})
