import { openAssets, type AssetService } from '../assets/service'
import type { AssetLimits } from '../assets/limits'
import type { LakeConfig } from '../config/types'
import { DatasetState } from '../dataset/state'
import type { SanityDocument } from '../json'
import { ListenHub } from '../listen/hub'
import { openDb, type Db } from '../store/db'
import { DocumentTable } from '../store/documents'
import { EventLog } from '../store/events'
import { WebhookQueue } from '../store/webhookQueue'
import { Mutex } from './mutex'

/** The running lake's shared state: storage, in-memory datasets, listeners and the write lock. */
export interface LakeCore {
  config: LakeConfig
  db: Db
  documents: DocumentTable
  events: EventLog
  webhookQueue: WebhookQueue
  datasets: Map<string, DatasetState>
  hub: ListenHub
  writes: Mutex
  /** Uploaded asset bytes, the transformed-variant cache and their limits. */
  assets: AssetService
  log: (line: string) => void
  keepAliveMs: number
  /** Called after each commit with webhooks pending (set by the webhook service). */
  onHooksPending: () => void
  /** Called after each commit that changed a release document (set by the release scheduler). */
  onReleasesChanged: () => void
  closed: boolean
  /** Aborted first thing on shutdown: running GROQ evaluations stop at their next step. */
  shutdown: AbortController
}

/** Options for opening the core. */
export interface CoreOptions {
  dataDir: string
  config: LakeConfig
  log: (line: string) => void
  keepAliveMs: number
  assetLimits?: Partial<AssetLimits>
}

/**
 * Opens the SQLite file and loads every configured dataset into memory. Seeding happens once the lake
 * listens (transfer/startSeed.ts): seed images get asset URLs on the lake's real origin.
 */
export function openCore(options: CoreOptions): LakeCore {
  const db = openDb(options.dataDir)
  const documents = new DocumentTable(db)
  const datasets = new Map<string, DatasetState>()
  for (const name of options.config.datasets) datasets.set(name, loadDataset(documents, name))
  return {
    config: options.config,
    db,
    documents,
    events: new EventLog(db),
    webhookQueue: new WebhookQueue(db),
    datasets,
    hub: new ListenHub(options.config.limits),
    writes: new Mutex(),
    assets: openAssets(options.dataDir, options.assetLimits),
    log: options.log,
    keepAliveMs: options.keepAliveMs,
    onHooksPending: () => undefined,
    onReleasesChanged: () => undefined,
    closed: false,
    shutdown: new AbortController(),
  }
}

/** Reads a dataset's documents from SQLite into a DatasetState. */
export function loadDataset(documents: DocumentTable, name: string): DatasetState {
  const state = new DatasetState(name)
  const changes: Array<{ id: string; after: SanityDocument }> = []
  for (const json of documents.allJson(name)) {
    const doc = JSON.parse(json) as SanityDocument
    changes.push({ id: doc._id, after: doc })
  }
  state.apply(changes)
  return state
}
