import { describe, expect, it } from '@jest/globals'
import { queryProblems } from './support/contract'
import { brokenSeed, loadSeed } from './support/seed'

const MAIN = 'article-lower-back-pain-after-exercise'

// The Studio's own validation of the same documents: studio/schemaTypes/contract.test.ts.
describe('contract: the seed content', () => {
  it('passes every query and its zod schema through the content client', async () => {
    expect(await queryProblems(loadSeed())).toEqual([])
  })
})

describe('contract: a broken seed document fails, naming the document and the field', () => {
  it('a field of the wrong type', async () => {
    const field = `${MAIN} body[3].children[0].text`
    expect(await queryProblems(brokenSeed('wrongType'))).toContain(
      `[query] ${field}: Invalid input: expected string, received number`,
    )
  })

  it('a missing required field', async () => {
    expect(await queryProblems(brokenSeed('missingRequired'))).toContain(
      '[query] deal-free-shipping message: Invalid input: expected string, received null',
    )
  })

  it('an unsafe link', async () => {
    const field = 'article-cool-down-routine body[12].markDefs[0].href'
    const unsafe = 'Links must start with http://, https://, mailto: or / (a page on this site)'
    expect(await queryProblems(brokenSeed('unsafeLink'))).toContain(`[query] ${field}: ${unsafe}`)
  })
})
