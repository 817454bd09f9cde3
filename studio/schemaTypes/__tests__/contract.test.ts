/**
 * The seed content against the Studio's own schema and validation rules, as an editor would see
 * them: every seed document passes, and a broken copy fails naming the document and the field.
 * The rules run in a child process (scripts/validate-documents.mjs) because loading the Studio's
 * schema takes seconds and needs the `sanity` package's ESM build.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { brokenSeed, loadSeed, type SeedDocument } from '@repo/content/seed'

const MAIN = 'article-lower-back-pain-after-exercise'

interface Marker {
  documentId: string
  path: string
  level: string
  message: string
}

/** Validation errors per document set, all sets in one run. */
function studioProblems(sets: Record<string, SeedDocument[]>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'studio-contract-'))
  const files = Object.keys(sets).map((name) => {
    const file = join(dir, `${name}.ndjson`)
    writeFileSync(file, (sets[name] ?? []).map((doc) => JSON.stringify(doc)).join('\n'))
    return file
  })
  const script = join(__dirname, '../../scripts/validate-documents.mjs')
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...files], {
    encoding: 'utf8',
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
  })
  if (run.status !== 0) throw new Error(`validate-documents failed: ${run.stderr}`)
  // The report is the last line; anything the Studio code logs while loading comes before it.
  const lastLine = run.stdout.trimEnd().split('\n').at(-1) ?? '{}'
  const report = JSON.parse(lastLine) as Record<string, Marker[]>
  return Object.fromEntries(
    Object.keys(sets).map((name, i) => [
      name,
      (report[files[i] ?? ''] ?? [])
        .filter((marker) => marker.level === 'error')
        .map((marker) => `${marker.documentId} ${marker.path}: ${marker.message}`),
    ]),
  )
}

let problems: Record<string, string[]> = {}

beforeAll(() => {
  problems = studioProblems({
    seed: loadSeed(),
    wrongType: brokenSeed('wrongType'),
    missingRequired: brokenSeed('missingRequired'),
    unsafeLink: brokenSeed('unsafeLink'),
  })
}, 120_000)

describe('the seed content in the Studio', () => {
  it('passes every validation rule', () => {
    expect(problems.seed).toEqual([])
  })
})

describe('a broken seed document fails Studio validation, naming the document and the field', () => {
  it('a field of the wrong type', () => {
    expect(problems.wrongType).toContain(
      `${MAIN} body[3].children[0].text: Expected type "String", got "Number"`,
    )
  })

  it('a missing required field', () => {
    expect(problems.missingRequired).toContain('deal-free-shipping message: Required')
  })

  it('an unsafe link', () => {
    expect(problems.unsafeLink).toContain(
      'article-cool-down-routine body[12].markDefs[0].href: Links must start with http://, https://, mailto: or / (a page on this site)',
    )
  })
})
