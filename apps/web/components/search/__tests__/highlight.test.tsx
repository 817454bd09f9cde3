import { describe, expect, it } from '@jest/globals'
import { render } from '@testing-library/react'
import { Highlight, snippet } from '../highlight'

describe('Highlight', () => {
  it('marks the searched words, prefixes and accents included', () => {
    const { container } = render(
      <p>
        <Highlight text="Painful backs: back pain at the café" words={['pain', 'back', 'cafe']} />
      </p>,
    )
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Painful',
      'backs',
      'back',
      'pain',
      'café',
    ])
    expect(container.textContent).toBe('Painful backs: back pain at the café')
  })

  it('shows markup in the text as text, never as elements', () => {
    const { container } = render(
      <p>
        <Highlight text={'<img src=x onerror=alert(1)> pain </mark><script>'} words={['pain']} />
      </p>,
    )
    expect(container.querySelector('img, script')).toBeNull()
    expect(container.querySelectorAll('mark')).toHaveLength(1)
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>')
  })
})

describe('snippet', () => {
  it('cuts the body around the first matched word', () => {
    const body = `${'filler '.repeat(100)}the stretch helps ${'more '.repeat(100)}`
    const text = snippet(body, ['stretch'])
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text).toContain('the stretch helps')
    expect(text.split(' ').length).toBeLessThan(40)
  })
})
