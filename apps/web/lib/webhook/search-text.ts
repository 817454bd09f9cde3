import {
  isSameSearchText,
  searchTextFor,
  searchTextId,
  type SearchTextDocument,
  type SearchTextSource,
} from '@repo/content/search-text'

/** What the webhook says changed (the projection's `_id` and `_type`). */
export interface ChangedRef {
  _id: string
  _type: string
}

/** A stored copy, with the revision a write based on it is conditional on. */
export type StoredSearchText = Partial<Record<keyof SearchTextDocument, unknown>> & { _rev: string }

/** The published article now and its stored copy, as the Content Lake holds them. */
export interface SearchTextState {
  article: SearchTextSource | null
  stored: StoredSearchText | null
}

/**
 * Reads and writes the folded copies; the route passes a write-token client, tests a fake. A
 * write is conditional on what was read: `put` creates only a copy that did not exist, or
 * changes only the revision `basedOn` names; `remove` deletes only that revision. Otherwise it
 * fails (another storefront instance wrote meanwhile) and the delivery is retried on a fresh read.
 */
export interface SearchTextStore {
  read: (articleId: string, copyId: string) => Promise<SearchTextState>
  put: (doc: SearchTextDocument, basedOn: string | undefined) => Promise<void>
  remove: (copyId: string, basedOn: string) => Promise<void>
}

export type SearchTextSync = 'written' | 'deleted' | 'unchanged' | 'not-an-article'

/**
 * Brings an article's folded copy in step with the article as published NOW, whatever change the
 * delivery reports: a late or repeated delivery (two quick publishes, a delete after an update,
 * a retry) then leaves the copy right, and writes nothing when it already is. Drafts and release
 * versions have no copy. Throws when the lake cannot be read or written, so the delivery fails
 * and the lake retries it.
 */
export async function syncSearchText(
  changed: ChangedRef,
  store: SearchTextStore,
): Promise<SearchTextSync> {
  const copyId = changed._type === 'article' ? searchTextId(changed._id) : undefined
  if (copyId === undefined) return 'not-an-article'
  return inTurn(copyId, async () => {
    const { article, stored } = await store.read(changed._id, copyId)
    const wanted = article ? searchTextFor(article) : undefined
    if (!wanted) {
      if (!stored) return 'unchanged'
      await store.remove(copyId, stored._rev)
      return 'deleted'
    }
    if (isSameSearchText(stored, wanted)) return 'unchanged'
    await store.put(wanted, stored?._rev)
    return 'written'
  })
}

// Deliveries for one article (the lake sends several at once) read and write one at a time here,
// so an older read never even tries to overwrite a newer write of this process (across processes
// the conditional writes catch it).
const turns = new Map<string, Promise<unknown>>()

async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(key) ?? Promise.resolve()
  const mine = previous.catch(() => undefined).then(work)
  turns.set(key, mine)
  try {
    return await mine
  } finally {
    if (turns.get(key) === mine) turns.delete(key)
  }
}
