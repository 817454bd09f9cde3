/**
 * The seed content as a dataset holds it after an import (`sanity dataset import` or the local
 * lake's seed step): for the contract tests here and the Studio's validation of the same documents.
 * Node only (reads files).
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export type SeedDocument = Record<string, unknown> & { _id: string; _type: string }

export const SEED_FILE = join(__dirname, '../seed/seed.ndjson')
export const SEED_IMAGES_DIR = join(__dirname, '../seed/images')

/** The seed documents, freshly parsed (safe to mutate), with image placeholders resolved as an import does. */
export function loadSeed(): SeedDocument[] {
  const docs = readFileSync(SEED_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => withAssetRefs(JSON.parse(line)) as SeedDocument)
  return [...assetDocuments(docs), ...docs]
}

/** The asset documents an import creates for the references (so reference checks find them). */
function assetDocuments(docs: SeedDocument[]): SeedDocument[] {
  const ids = new Set(JSON.stringify(docs).match(/image-[a-f0-9]{40}-\d+x\d+-[a-z]+/g) ?? [])
  return [...ids].map((id) => {
    const [, sha1 = '', size = '', ext = ''] = id.split('-')
    const [width = 0, height = 0] = size.split('x').map(Number)
    return {
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      sha1hash: sha1,
      size: statSync(join(SEED_IMAGES_DIR, `${sha1}-${size}.${ext}`)).size,
      url: `https://127.0.0.1:3334/images/local/production/${sha1}-${size}.${ext}`,
      extension: ext,
      mimeType: 'image/jpeg',
      path: `images/local/production/${sha1}-${size}.${ext}`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      },
    }
  })
}

const SANITY_ASSET = /^image@file:\/\/\.\/images\/([a-f0-9]{40}-\d+x\d+)\.([a-z]+)$/

/**
 * The seed uses Sanity's export placeholders (`_sanityAsset: "image@file://./images/<sha1>-WxH.jpg"`);
 * an import (the lake's or `sanity dataset import`) replaces each with a reference to the asset
 * `image-<sha1>-WxH-jpg`. The queries run on documents as they are after that import.
 */
function withAssetRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withAssetRefs)
  if (typeof value !== 'object' || value === null) return value
  const { _sanityAsset: placeholder, ...rest } = value as Record<string, unknown>
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, withAssetRefs(v)]))
  if (typeof placeholder !== 'string') return out
  const match = SANITY_ASSET.exec(placeholder)
  if (!match) throw new Error(`unexpected _sanityAsset ${placeholder}`)
  return {
    ...out,
    asset: { _type: 'reference', _ref: `image-${match[1] ?? ''}-${match[2] ?? ''}` },
  }
}

/** The document with this id (throws when missing, so a test fails for that reason). */
export function byId(documents: SeedDocument[], id: string): SeedDocument {
  const found = documents.find((doc) => doc._id === id)
  if (!found) throw new Error(`no seed document ${id}`)
  return found
}

const MAIN_ARTICLE = 'article-lower-back-pain-after-exercise'

/**
 * Seed copies each broken in one way, for the contract tests of both sides (the queries here, the
 * Studio's validation rules there): each must fail naming the document and the field.
 */
export const BROKEN_SEED = {
  /** A text span of the main article holds a number (`body[3].children[0].text`). */
  wrongType: (docs: SeedDocument[]) => {
    const body = byId(docs, MAIN_ARTICLE).body as { children: { text: unknown }[] }[]
    const span = body[3]?.children[0]
    if (span) span.text = 42
  },
  /** The free-shipping deal has no message. */
  missingRequired: (docs: SeedDocument[]) => {
    delete byId(docs, 'deal-free-shipping').message
  },
  /** The cool-down article's first link is `javascript:`. */
  unsafeLink: (docs: SeedDocument[]) => {
    const body = byId(docs, 'article-cool-down-routine').body as { markDefs: { href: string }[] }[]
    const link = body.find((block) => block.markDefs.length > 0)?.markDefs[0]
    if (link) link.href = 'javascript:alert(1)'
  },
}

/** The seed broken as `BROKEN_SEED[name]` says. */
export function brokenSeed(name: keyof typeof BROKEN_SEED): SeedDocument[] {
  const docs = loadSeed()
  BROKEN_SEED[name](docs)
  return docs
}
