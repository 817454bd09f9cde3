import { describe, expect, it } from '@jest/globals'
import type { BodyBlock, ImageBlock, TextBlock } from '@repo/content/view-models'
import { render, screen, within } from '@testing-library/react'
import { block } from '@/test/fixtures'
import { ArticleBody } from '../body/article-body'

const SITE = 'http://localhost:3000'

function renderBody(body: unknown[]) {
  // The body as stored may hold blocks the view models do not describe (the unknown-type test).
  return render(<ArticleBody body={body as BodyBlock[]} siteUrl={SITE} />)
}

const linked = (key: string, text: string, href: string): TextBlock =>
  block(key, [[text, ['l1']]], { markDefs: [{ _type: 'link', _key: 'l1', href }] })

const item = (key: string, text: string, listItem: 'bullet' | 'number', level = 1) =>
  block(key, [[text]], { listItem, level })

describe('ArticleBody', () => {
  it('renders paragraphs, h2 and h3 with their anchor ids, and quotes', () => {
    renderBody([
      block('p', [['Plain paragraph.']]),
      block('h2', [['What causes it?']], { style: 'h2', anchorId: 'what-causes-it' }),
      block('h3', [['Microtrauma']], { style: 'h3', anchorId: 'microtrauma' }),
      block('q', [['Stretch first.']], { style: 'blockquote' }),
    ])
    expect(screen.getByText('Plain paragraph.').tagName).toBe('P')
    expect(screen.getByRole('heading', { level: 2, name: 'What causes it?' })).toHaveAttribute(
      'id',
      'what-causes-it',
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Microtrauma' })).toHaveAttribute(
      'id',
      'microtrauma',
    )
    expect(screen.getByText('Stretch first.').closest('blockquote')).not.toBeNull()
  })

  it('renders strong and emphasis', () => {
    renderBody([block('p', [['Bold', ['strong']], [' and '], ['italic', ['em']]])])
    expect(screen.getByText('Bold').tagName).toBe('STRONG')
    expect(screen.getByText('italic').tagName).toBe('EM')
  })

  it('renders bullet and numbered lists, nested ones inside their parent item', () => {
    const { container } = renderBody([
      item('b1', 'Walk', 'bullet'),
      item('b2', 'Cycle', 'bullet'),
      item('n1', 'Warm up', 'number', 2),
      item('n2', 'Stretch', 'number', 2),
      item('b3', 'Swim', 'bullet'),
    ])
    const outer = container.querySelector(':scope > div > ul')
    expect(outer).not.toBeNull()
    const items = within(outer as HTMLElement).getAllByRole('listitem')
    expect(items.map((li) => li.firstChild?.textContent)).toEqual([
      'Walk',
      'Cycle',
      'Warm up',
      'Stretch',
      'Swim',
    ])
    const nested = screen.getByText('Warm up').closest('ol')
    expect(nested?.parentElement?.closest('li')).toHaveTextContent(/^Cycle/)
    expect(within(nested as HTMLElement).getAllByRole('listitem')).toHaveLength(2)
  })

  it('links to safe targets; external ones with rel="noopener noreferrer"', () => {
    renderBody([
      linked('a', 'our guide', '/blog/stretching'),
      linked('b', 'a study', 'https://example.org/study'),
      linked('c', 'write to us', 'mailto:help@example.com'),
    ])
    expect(screen.getByRole('link', { name: 'our guide' })).toHaveAttribute(
      'href',
      '/blog/stretching',
    )
    expect(screen.getByRole('link', { name: 'our guide' })).not.toHaveAttribute('rel')
    expect(screen.getByRole('link', { name: 'a study' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    )
    expect(screen.getByRole('link', { name: 'write to us' })).toHaveAttribute(
      'href',
      'mailto:help@example.com',
    )
  })

  it('keeps the text of an unsafe link but not the link', () => {
    renderBody([
      linked('a', 'click me', 'javascript:alert(1)'),
      linked('b', 'data', 'data:text/html,<script>alert(1)</script>'),
      linked('c', 'elsewhere', '//evil.example/x'),
    ])
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText('click me')).toBeInTheDocument()
    expect(screen.getByText('elsewhere')).toBeInTheDocument()
  })

  it('renders an image with its alt text, size and caption', () => {
    const image: ImageBlock = {
      _type: 'image',
      _key: 'img',
      image: {
        assetRef: 'image-abc123-1600x900-jpg',
        alt: 'A runner stretching',
        width: 1600,
        height: 900,
        lqip: 'data:image/jpeg;base64,/9j/4AAQ',
        hotspot: null,
        crop: null,
      },
      caption: 'Stretch after every run.',
    }
    renderBody([image])
    const img = screen.getByRole('img', { name: 'A runner stretching' })
    expect(img).toHaveAttribute('src', expect.stringContaining('abc123-1600x900.jpg?w=720'))
    expect(img).toHaveAttribute('width', '720')
    expect(img).toHaveAttribute('height', '405')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).toHaveAttribute('sizes', '(max-width: 760px) 100vw, 720px')
    const widths = (img.getAttribute('srcset') ?? '')
      .split(', ')
      .map((entry) => entry.split(' ')[1])
    // Candidates up to the asset's own width (1600), never upscaled.
    expect(widths).toEqual(['320w', '480w', '640w', '800w', '960w', '1200w', '1600w'])
    expect(img.getAttribute('srcset')).toContain('auto=format')
    expect(img.style.backgroundImage).toContain('data:image/jpeg;base64,/9j/4AAQ')
    expect(screen.getByText('Stretch after every run.').tagName).toBe('FIGCAPTION')
  })

  it('skips a block of an unknown type and renders the rest', () => {
    const { container } = renderBody([
      block('p1', [['Before.']]),
      { _type: 'video', _key: 'v', url: 'https://example.org/v.mp4' },
      block('p2', [['After.']]),
    ])
    expect(screen.getByText('Before.')).toBeInTheDocument()
    expect(screen.getByText('After.')).toBeInTheDocument()
    expect(container.firstElementChild?.children).toHaveLength(2)
  })
})
