import { openAssets, type AssetService } from '../assets/service'
import type { AssetLimits } from '../assets/limits'
import type { LakeConfig } from '../config/types'
import { DatasetState } from '../dataset/state'
import type { SanityDocument } from '../json'
import { ListenHub } from '../listen/hub'
import { openDb, type Db } from '../store/db'
import { DocumentTable } from '../store/documents'
import { EventLog } from '../store/events'
import { TextWordTable } from '../store/textWords'
import type { WordStore } from '../query/textIndexer'
import { WordNumbers } from '../query/textNumbers'
import { errorMessage } from '../errorMessage'
import { WebhookQueue } from '../store/webhookQueue'
import { Mutex } from './mutex'

/** The running lake's shared state: storage, in-memory datasets, listeners and the write lock. */
export interface LakeCore {
  config: LakeConfig
  db: Db
  documents: DocumentTable
  /** Saved word lists of the documents (so a restart need not split them again). */
  words: TextWordTable
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
  const words = new TextWordTable(db)
  const datasets = new Map<string, DatasetState>()
  for (const name of options.config.datasets)
    datasets.set(name, loadDataset(documents, name, wordStore(words, name, options.log)))
  return {
    config: options.config,
    db,
    documents,
    words,
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

/**
 * A dataset's saved word lists for its indexer. Saving only spares the next start some work: a
 * failure is logged and the lists are split again then.
 */
export function wordStore(
  words: TextWordTable,
  dataset: string,
  log: (line: string) => void,
): WordStore {
  const numbers = numbersOf(words)
  return {
    get: (id, rev) => words.get(dataset, id, rev),
    save: (rows) => {
      const fresh = numbers.takeFresh()
      try {
        words.save(dataset, rows, fresh)
      } catch (error) {
        numbers.putBack(fresh)
        log(`could not save the word lists of ${rows.length} documents: ${errorMessage(error)}`)
      }
    },
    numbers,
    finished: ({ split, readBack, ms }) =>
      log(
        `word index of "${dataset}": ${split} documents split, ${readBack} read back (${Math.round(ms)} ms of work)`,
      ),
  }
}

// One numbering per data folder, shared by its datasets (their lists use one saved vocabulary).
const numberings = new WeakMap<TextWordTable, WordNumbers>()
function numbersOf(words: TextWordTable): WordNumbers {
  let numbers = numberings.get(words)
  if (!numbers) {
    numbers = new WordNumbers(() => words.vocabulary())
    numberings.set(words, numbers)
  }
  return numbers
}

/** Reads a dataset's documents from SQLite into a DatasetState (its word lists from `words`). */
export function loadDataset(
  documents: DocumentTable,
  name: string,
  words?: WordStore,
): DatasetState {
  const state = new DatasetState(name)
  if (words) state.texts.useStore(words)
  const changes: Array<{ id: string; after: SanityDocument }> = []
  for (const json of documents.allJson(name)) {
    const doc = JSON.parse(json) as SanityDocument
    changes.push({ id: doc._id, after: doc })
  }
  state.apply(changes)
  return state
}
