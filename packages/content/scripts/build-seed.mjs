#!/usr/bin/env node
// Builds seed/seed.ndjson (Sanity's export format: one document per line, importable with
// `sanity dataset import`) from seed/source/ and the documents in scripts/seed/. The output is
// deterministic: fixed ids, keys hashed from positions, fixed dates, revisions hashed from content.
//
//   node scripts/build-seed.mjs          write seed/seed.ndjson
//   node scripts/build-seed.mjs --check  fail when seed/seed.ndjson is not what this script builds
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  MAIN_ARTICLE_ID,
  coolDownArticle,
  deskHabitsArticle,
  mainArticle,
} from './seed/articles.mjs'
import { comments } from './seed/comments.mjs'
import { keyFor } from './seed/portable-text.mjs'
import { convertArticle } from './seed/convert-article.mjs'
import { renderSeedImages, seedImage } from './seed/images.mjs'
import { authors, categories, dealFrom, siteSettings } from './seed/people-and-places.mjs'
import { tsImport } from 'tsx/esm/api'

// The search's folded copies are built by the same code as the storefront's webhook writes them.
const { portableTextOf, searchTextFor } = await tsImport('../src/search-text.ts', import.meta.url)

const packageDir = resolve(import.meta.dirname, '..')
const sourceFile = join(packageDir, 'seed/source/lower-back-pain-after-exercise.txt')
const outputFile = join(packageDir, 'seed/seed.ndjson')

const CREATED_AT = '2025-01-15T09:00:00.000Z'
const UPDATED_AT = '2025-03-16T09:00:00.000Z'

function withSystemFields(doc) {
  const _rev = createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 22)
  const { _id, _type, ...fields } = doc
  return { _id, _type, _createdAt: CREATED_AT, _updatedAt: UPDATED_AT, _rev, ...fields }
}

/** The desk article with its inline image after the desk set-up list (before "Move every half hour"). */
function withInlineImage(article, image) {
  const body = [...article.body]
  const at = body.findIndex((block) => block.children?.[0]?.text === 'Move every half hour')
  body.splice(at, 0, image)
  return { ...article, body }
}

/** The folded copy the search matches for each article (see src/search-text.ts). */
function searchTexts(documents) {
  return documents
    .filter((doc) => doc._type === 'article')
    .map((doc) => searchTextFor({ ...doc, bodyText: portableTextOf(doc.body) }))
}

/** Every seed document, as NDJSON text; `images` are the seed image file names. */
export function buildSeed(images) {
  const converted = convertArticle(MAIN_ARTICLE_ID, readFileSync(sourceFile, 'utf8'))
  const documents = [
    { ...siteSettings, defaultShareImage: seedImage(images, 'shareDefault') },
    dealFrom(converted.deal),
    ...categories,
    ...authors,
    { ...mainArticle(converted), heroImage: seedImage(images, 'mainHero') },
    { ...coolDownArticle, heroImage: seedImage(images, 'coolDownHero') },
    withInlineImage(
      { ...deskHabitsArticle, heroImage: seedImage(images, 'deskHero') },
      seedImage(images, 'deskInline', keyFor(deskHabitsArticle._id, 'body-image-kit')),
    ),
    ...comments,
  ]
  documents.push(...searchTexts(documents))
  return documents.map((doc) => JSON.stringify(withSystemFields(doc))).join('\n') + '\n'
}

const check = process.argv.includes('--check')
const built = buildSeed(await renderSeedImages({ check }))
if (check) {
  if (readFileSync(outputFile, 'utf8') !== built) {
    console.error('seed/seed.ndjson is out of date: run `npm run seed -w @repo/content`.')
    process.exit(1)
  }
  console.log('seed/seed.ndjson is up to date.')
} else {
  writeFileSync(outputFile, built)
  console.log(`Wrote ${built.trimEnd().split('\n').length} documents to seed/seed.ndjson`)
}
