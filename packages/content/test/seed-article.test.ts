import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { byId, loadSeed, SOURCE_FILE } from './support/seed'

const H2 = [
  'What Causes Lower Back Pain After Exercise?',
  'Ways to Prevent Lower Back Pain After Exercise',
]
const H3 = [
  'Lower back pain may be associated with microtrauma',
  'You probably under-stretched',
  'Your muscles may be weak',
  'It might also be because you have venous insufficiency',
  'You may have underlying conditions',
  'You probably focused on that area too much',
  'Strengthen your core',
  'If you’re an athlete, watch your moves',
  'Always perform stretching exercises',
  'Keep a proper posture',
  'Travel smart',
  'Avoid lifting heavy objects',
  'Enhance your overall health',
]

interface Block {
  _type: string
  style: string
  listItem?: string
  children: { text: string; marks: string[] }[]
}

const source = readFileSync(SOURCE_FILE, 'utf8')
const lines = source.split('\n').filter((line) => line.trim() !== '')
const article = byId(loadSeed(), 'article-lower-back-pain-after-exercise')
const blocks = article.body as Block[]
const text = (block: Block) => block.children.map((child) => child.text).join('')

describe('the converted main article', () => {
  it('has the title and slug of the source page', () => {
    expect(lines[1]).toBe('How to Prevent Lower Back Pain After Exercise')
    expect(article.title).toBe('How to Prevent Lower Back Pain After Exercise')
    expect(article.slug).toEqual({
      _type: 'slug',
      current: 'how-to-prevent-lower-back-pain-after-exercise',
    })
  })

  it('has every heading in order at its level', () => {
    const headings = blocks
      .filter((block) => block.style !== 'normal')
      .map((block) => [block.style, text(block)])
    const expected = lines
      .filter((line) => H2.includes(line.trim()) || H3.includes(line.trim()))
      .map((line) => [H2.includes(line.trim()) ? 'h2' : 'h3', line.trim()])
    expect(expected).toHaveLength(H2.length + H3.length)
    expect(headings).toEqual(expected)
  })

  it('has every paragraph of the source, exactly as written, in order', () => {
    const paragraphs = lines
      .slice(2, -1)
      .filter((line) => !H2.includes(line.trim()) && !H3.includes(line.trim()))
    const normal = blocks.filter((block) => block.style === 'normal')
    expect(normal.map(text)).toEqual(paragraphs)
    expect(normal.every((block) => block.listItem === undefined)).toBe(true)
    expect(blocks).toHaveLength(lines.length - 3)
  })

  it('keeps the typographic apostrophes and quotes', () => {
    const body = blocks.map(text).join('\n')
    expect(body).toContain('‘max out’')
    expect(body.split('’').length).toBe(lines.slice(2, -1).join('\n').split('’').length)
  })

  it('leaves out the shop page around the article', () => {
    const body = blocks.map(text).join('\n')
    expect(body).not.toMatch(/Today's deal|Leave a comment/)
    expect(
      blocks.every(
        (block) => block._type === 'block' && block.children.every((c) => c.marks.length === 0),
      ),
    ).toBe(true)
  })

  it('turns the deal line into the deal document', () => {
    const deal = byId(loadSeed(), 'deal-free-shipping')
    expect(lines[0]).toBe("• Today's deal: free shipping on all orders 🥳")
    expect(deal).toMatchObject({
      label: "Today's deal",
      message: 'free shipping on all orders',
      emoji: '🥳',
      enabled: true,
      priority: 0,
    })
    expect(deal).not.toHaveProperty('startsAt')
    expect(deal).not.toHaveProperty('endsAt')
  })

  it('is exactly what scripts/build-seed.mjs builds (deterministic, not edited by hand)', () => {
    const run = spawnSync(
      process.execPath,
      [join(__dirname, '../scripts/build-seed.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
