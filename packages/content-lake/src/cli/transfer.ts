import { join } from 'node:path'
import { openAssets } from '../assets/service'
import { loadConfigFile } from '../config/load'
import { DEFAULT_CONFIG, type LakeConfig } from '../config/types'
import { liveHolder } from '../lake/lock'
import { openDb } from '../store/db'
import { DocumentTable } from '../store/documents'
import { importDocuments } from '../store/ndjson'
import { exportTarball } from '../transfer/exportTar'
import { isTarball, readTarball } from '../transfer/importTar'
import { readNdjsonWithAssets } from '../transfer/seed'
import { onlyOptions, required, type ParsedArgs } from './args'

function configOf(args: ParsedArgs): LakeConfig {
  const file = args.options.get('config')
  return file ? loadConfigFile(file) : DEFAULT_CONFIG
}

function datasetOf(args: ParsedArgs, config: LakeConfig): string {
  const name = args.options.get('dataset') ?? config.datasets[0] ?? 'production'
  if (!config.datasets.includes(name))
    throw new Error(`Dataset "${name}" is not configured (datasets: ${config.datasets.join(', ')})`)
  return name
}

/**
 * `import`: loads an NDJSON file or a `sanity dataset export` tarball into a stopped lake's data folder,
 * all documents or none. `_sanityAsset` placeholders are uploaded like any asset first (content-addressed,
 * so a failed import leaves only unreferenced bytes behind, never a half-written dataset).
 */
export async function importCommand(args: ParsedArgs): Promise<void> {
  onlyOptions(args, ['data', 'dataset', 'config'])
  const [file] = args.positionals
  if (!file) throw new Error('import needs an NDJSON file or a .tar.gz export')
  const dir = required(args, 'data')
  const holder = liveHolder(dir)
  if (holder !== undefined)
    throw new Error(`A lake (pid ${holder}) is serving ${dir}; stop it before importing`)
  const config = configOf(args)
  const dataset = datasetOf(args, config)
  const assets = openAssets(dir)
  const docs = isTarball(file)
    ? await readTarball(file, config, dataset, assets)
    : await readNdjsonWithAssets(file, config, dataset, assets)
  const db = openDb(dir)
  try {
    importDocuments(db, new DocumentTable(db), dataset, docs)
  } finally {
    db.close()
  }
  console.log(`Imported ${docs.length} documents into "${dataset}"`)
}

/** `export FILE.tar.gz`: the dataset with its assets in `sanity dataset export`'s format. */
export async function exportTarballCommand(args: ParsedArgs): Promise<void> {
  onlyOptions(args, ['data', 'dataset', 'config'])
  const [file] = args.positionals
  if (!file) throw new Error('export needs an output file')
  const dir = required(args, 'data')
  const dataset = datasetOf(args, configOf(args))
  const db = openDb(dir)
  try {
    const folder = join(dir, 'assets', dataset)
    const counts = await exportTarball(
      new DocumentTable(db),
      dataset,
      { images: join(folder, 'images'), files: join(folder, 'files') },
      file,
    )
    console.log(
      `Exported ${counts.documents} documents and ${counts.assets} assets from "${dataset}" to ${file}`,
    )
  } finally {
    db.close()
  }
}

/** True when an export should be a tarball with assets (by the output file's name). */
export const wantsTarball = isTarball
