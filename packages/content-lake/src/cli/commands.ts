import { writeSync } from 'node:fs'
import { loadConfigFile } from '../config/load'
import { DEFAULT_CONFIG, type LakeConfig } from '../config/types'
import { startLake } from '../server'
import { openDb } from '../store/db'
import { DocumentTable } from '../store/documents'
import { exportLines } from '../store/ndjson'
import { writeAtomically } from '../store/atomicFile'
import { onlyOptions, portOption, required, type ParsedArgs } from './args'

function configOf(args: ParsedArgs): LakeConfig {
  const file = args.options.get('config')
  return file ? loadConfigFile(file) : DEFAULT_CONFIG
}

/** The config with `--query-timeout MS` (which wins over `limits.queryTimeoutMs`) applied. */
function startConfigOf(args: ParsedArgs): LakeConfig {
  const config = configOf(args)
  const timeout = args.options.get('query-timeout')
  if (timeout === undefined) return config
  const ms = Number(timeout)
  if (!Number.isInteger(ms) || ms < 10)
    throw new Error(
      `--query-timeout must be a number of milliseconds (10 or more), got "${timeout}"`,
    )
  return { ...config, limits: { ...config.limits, queryTimeoutMs: ms } }
}

function datasetOf(args: ParsedArgs, config: LakeConfig): string {
  const name = args.options.get('dataset') ?? config.datasets[0] ?? 'production'
  if (!config.datasets.includes(name))
    throw new Error(`Dataset "${name}" is not configured (datasets: ${config.datasets.join(', ')})`)
  return name
}

/** `start`: runs the server until SIGTERM or SIGINT, then shuts down cleanly. */
export async function startCommand(args: ParsedArgs): Promise<void> {
  onlyOptions(args, [
    'data',
    'port',
    'host',
    'seed',
    'config',
    'studio-dir',
    'studio-port',
    'query-timeout',
  ])
  const studioDir = args.options.get('studio-dir')
  const lake = await startLake({
    dataDir: required(args, 'data'),
    port: portOption(args, 'port', 3334),
    host: args.options.get('host') ?? '127.0.0.1',
    seedFile: args.options.get('seed'),
    config: startConfigOf(args),
    studioDir,
    studioPort: studioDir ? portOption(args, 'studio-port', 3333) : undefined,
  })
  const stop = (signal: string): void => {
    console.log(`[content-lake] ${signal}: shutting down`)
    lake.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

/**
 * `export`: writes a dataset as NDJSON (safe while the lake runs: SQLite WAL gives a consistent read). A
 * file is written to a temporary name in the same folder, fsynced and renamed over the target, so the
 * target is never a partial export, whatever happens midway.
 */
export function exportCommand(args: ParsedArgs): void {
  onlyOptions(args, ['data', 'dataset', 'config'])
  const [file] = args.positionals
  if (!file) throw new Error('export needs an output file (or - for stdout)')
  const dataset = datasetOf(args, configOf(args))
  const db = openDb(required(args, 'data'))
  try {
    const table = new DocumentTable(db)
    if (file === '-') {
      for (const line of exportLines(table, dataset)) writeSync(1, line)
      return
    }
    const count = writeAtomically(file, (fd) => {
      let lines = 0
      for (const line of exportLines(table, dataset)) {
        writeSync(fd, line)
        lines++
      }
      return lines
    })
    console.log(`Exported ${count} documents from "${dataset}" to ${file}`)
  } finally {
    db.close()
  }
}
