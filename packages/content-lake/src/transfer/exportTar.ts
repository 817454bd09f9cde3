import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { create } from 'tar'
import { parseFileFileName, parseImageFileName } from '../assets/ids'
import { isJsonObject, type JsonObject, type JsonValue, type SanityDocument } from '../json'
import type { DocumentTable } from '../store/documents'
import type { AssetMap } from './sanityAssets'

// What `sanity dataset export` leaves out of assets.json: it is derived from the file itself.
const DERIVED = ['_id', '_type', 'assetId', 'extension', 'mimeType', 'path', 'url']
const ASSET_REF = /^(image-[a-f0-9]{40}-\d+x\d+-[a-z]+|file-[a-f0-9]{40}-[a-z0-9]+)$/

/** Where asset bytes live: the data folder's blob store for one dataset. */
export interface BlobFolders {
  images: string
  files: string
}

/**
 * Writes a dataset as `sanity dataset export` does: a .tar.gz with `<name>/data.ndjson` (asset documents
 * left out, asset fields rewritten to `_sanityAsset: "image@file://./images/<sha1>-WxH.ext"`),
 * `<name>/assets.json` (the asset documents' own fields by `image-<sha1>`) and the bytes under
 * `<name>/images/` and `<name>/files/`. Written to a temporary file renamed into place.
 */
export async function exportTarball(
  table: DocumentTable,
  dataset: string,
  blobs: BlobFolders,
  outFile: string,
): Promise<{ documents: number; assets: number }> {
  const name = basename(outFile).replace(/\.(tar\.gz|tgz)$/, '') || 'export'
  const work = mkdtempSync(join(tmpdir(), 'lake-export-'))
  try {
    const root = join(work, name)
    mkdirSync(join(root, 'images'), { recursive: true })
    mkdirSync(join(root, 'files'), { recursive: true })
    const lines: string[] = []
    const assetMap: AssetMap = {}
    let assets = 0
    for (const json of table.allJson(dataset)) {
      const doc = JSON.parse(json) as SanityDocument
      if (doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset') {
        if (copyAsset(doc, blobs, root, assetMap)) assets++
      } else lines.push(JSON.stringify(rewriteAssets(doc)))
    }
    writeFileSync(join(root, 'data.ndjson'), lines.length ? `${lines.join('\n')}\n` : '')
    writeFileSync(join(root, 'assets.json'), JSON.stringify(assetMap))
    const temp = join(dirname(outFile), `.${basename(outFile)}.tmp`)
    await create({ gzip: true, file: temp, cwd: work, portable: true }, [name])
    renameSync(temp, outFile)
    return { documents: lines.length, assets }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function copyAsset(doc: SanityDocument, blobs: BlobFolders, root: string, map: AssetMap): boolean {
  const file = fileNameOf(doc._id)
  if (!file) return false
  const folder = doc._type === 'sanity.imageAsset' ? 'images' : 'files'
  const source = join(blobs[folder], file)
  if (!existsSync(source)) return false
  copyFileSync(source, join(root, folder, file))
  const props: JsonObject = {}
  for (const [key, value] of Object.entries(doc)) if (!DERIVED.includes(key)) props[key] = value
  const sha1 = typeof doc.assetId === 'string' ? doc.assetId : file.slice(0, 40)
  map[`${folder === 'images' ? 'image' : 'file'}-${sha1}`] = props
  return true
}

/** `image-<sha1>-WxH-ext` → `<sha1>-WxH.ext`; `file-<sha1>-ext` → `<sha1>.ext` (Sanity's export names). */
function fileNameOf(id: string): string | undefined {
  const image = /^image-([a-f0-9]{40}-\d+x\d+)-([a-z]+)$/.exec(id)
  if (image?.[1] && image[2]) {
    const name = `${image[1]}.${image[2]}`
    return parseImageFileName(name) ? name : undefined
  }
  const file = /^file-([a-f0-9]{40})-([a-z0-9]+)$/.exec(id)
  if (file?.[1] && file[2]) {
    const name = `${file[1]}.${file[2]}`
    return parseFileFileName(name) ? name : undefined
  }
  return undefined
}

function rewriteAssets(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(rewriteAssets)
  if (!isJsonObject(value)) return value
  const asset = value.asset
  const ref = isJsonObject(asset) && typeof asset._ref === 'string' ? asset._ref : undefined
  const out: JsonObject = {}
  const file = ref && ASSET_REF.test(ref) ? fileNameOf(ref) : undefined
  if (ref && file)
    out._sanityAsset = `${ref.startsWith('image-') ? 'image' : 'file'}@file://./${ref.startsWith('image-') ? 'images' : 'files'}/${file}`
  for (const [key, child] of Object.entries(value)) {
    if (key === 'asset' && file) continue
    out[key] = rewriteAssets(child)
  }
  return out
}
