import { describe, expect, it } from '@jest/globals'
import { queryProblems } from './support/contract'
import { byId, loadSeed, type SeedDocument } from './support/seed'

const MAIN = 'article-lower-back-pain-after-exercise'

/** Seed copies, each broken in one way. */
const broken: Record<string, (docs: SeedDocument[]) => void> = {
  wrongType: (docs) => {
    const body = byId(docs, MAIN).body as { children: { text: unknown }[] }[]
    const span = body[3]?.children[0]
    if (span) span.text = 42
  },
  missingRequired: (docs) => {
    delete byId(docs, 'deal-free-shipping').message
  },
  unsafeLink: (docs) => {
    const body = byId(docs, 'article-cool-down-routine').body as { markDefs: { href: string }[] }[]
    const link = body.find((block) => block.markDefs.length > 0)?.markDefs[0]
    if (link) link.href = 'javascript:alert(1)'
  },
}

const variant = (name: string) => {
  const docs = loadSeed()
  broken[name]?.(docs)
  return docs
}

// The Studio's own validation of the same documents: studio/schemaTypes/contract.test.ts.
describe('contract: the seed content', () => {
  it('passes every query and its zod schema through the content client', async () => {
    expect(await queryProblems(loadSeed())).toEqual([])
  })
})

describe('contract: a broken seed document fails, naming the document and the field', () => {
  it('a field of the wrong type', async () => {
    const field = `${MAIN} body[3].children[0].text`
    expect(await queryProblems(variant('wrongType'))).toContain(
      `[query] ${field}: Invalid input: expected string, received number`,
    )
  })

  it('a missing required field', async () => {
    expect(await queryProblems(variant('missingRequired'))).toContain(
      '[query] deal-free-shipping message: Invalid input: expected string, received null',
    )
  })

  it('an unsafe link', async () => {
    const field = 'article-cool-down-routine body[12].markDefs[0].href'
    const unsafe = 'Links must start with http://, https://, mailto: or / (a page on this site)'
    expect(await queryProblems(variant('unsafeLink'))).toContain(`[query] ${field}: ${unsafe}`)
  })
})
