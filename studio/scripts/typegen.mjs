#!/usr/bin/env node
// TypeGen, owned by the Studio as in Sanity's templates: extract this schema to
// packages/content/schema.json, then generate packages/content/src/sanity.types.ts from it and the
// content package's queries (sanity.cli.ts says where). Both outputs are committed and never
// edited by hand; the content package only reads them, so it never imports the Studio.
//
//   node scripts/typegen.mjs          regenerate the committed files
//   node scripts/typegen.mjs --check  regenerate into a temporary directory and fail when the
//                                     committed files differ (run by `npm test`)
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const studioDir = resolve(import.meta.dirname, '..')
const packageDir = resolve(studioDir, '../packages/content')
const committed = {
  schema: join(packageDir, 'schema.json'),
  types: join(packageDir, 'src/sanity.types.ts'),
}
const env = { ...process.env, SANITY_TELEMETRY_DISABLED: '1' }

function sanity(args, cwd, extraEnv = {}) {
  const run = spawnSync('npx', ['--no-install', 'sanity', ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr)
    throw new Error(`sanity ${args.join(' ')} failed (exit ${run.status})`)
  }
}

function generate({ schema, types }) {
  // `schema extract --path` is joined onto the working directory, so it must be relative.
  sanity(
    ['schema', 'extract', '--path', relative(studioDir, schema), '--enforce-required-fields'],
    studioDir,
  )
  sanity(['typegen', 'generate'], studioDir, {
    TYPEGEN_SCHEMA: relative(studioDir, schema),
    TYPEGEN_OUTPUT: relative(studioDir, types),
  })
}

// The header names the schema file by a path relative to the output; it is not part of the types.
const comparable = (text) =>
  text.replace(/^\/\/ Source: .*schema\.json$/m, '// Source: schema.json')

function firstDifference(expected, actual) {
  const a = expected.split('\n')
  const b = actual.split('\n')
  const line = a.findIndex((text, i) => text !== b[i])
  const at = line === -1 ? a.length : line
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '')}, fresh ${JSON.stringify(b[at] ?? '')}`
}

function check() {
  // Inside the package so that TypeGen formats with the same prettier config as the committed file.
  const dir = join(packageDir, '.typegen-check')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir)
  try {
    const fresh = { schema: join(dir, 'schema.json'), types: join(dir, 'sanity.types.ts') }
    generate(fresh)
    const stale = []
    for (const key of ['schema', 'types']) {
      const want = comparable(readFileSync(fresh[key], 'utf8'))
      let have = ''
      try {
        have = comparable(readFileSync(committed[key], 'utf8'))
      } catch {
        stale.push(`${relative(packageDir, committed[key])} is missing`)
        continue
      }
      if (have !== want)
        stale.push(`${relative(packageDir, committed[key])} ${firstDifference(have, want)}`)
    }
    if (stale.length > 0) {
      console.error(`TypeGen output is stale:\n  ${stale.join('\n  ')}`)
      console.error('Run `npm run typegen` (in studio/ or at the root) and commit the result.')
      process.exit(1)
    }
    console.log('TypeGen output is up to date.')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv.includes('--check')) check()
else generate(committed)
