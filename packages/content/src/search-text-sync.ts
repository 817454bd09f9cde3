/**
 * Rebuilds every folded search copy from the published articles (the storefront's
 * `npm run search:sync -w web`): for a hosted dataset that had articles before its webhook wrote
 * copies, or after deliveries were lost. Idempotent: unchanged copies are not written again.
 */
import { defineQuery } from 'groq'
import type { QueryParams } from './client/context'
import {
  isSameSearchText,
  searchTextCopiesQuery,
  searchTextFor,
  searchTextSourcesQuery,
  type SearchTextDocument,
  type SearchTextSource,
} from './search-text'

/** The two things the sync needs from a client (`@sanity/client` or a test's fake). */
export interface SyncClient {
  fetch(query: string, params: QueryParams): Promise<unknown>
  /** Commits the mutations as one transaction. */
  commit(mutations: SyncMutation[]): Promise<void>
}

export type SyncMutation = { createOrReplace: SearchTextDocument } | { delete: { id: string } }

export interface SyncReport {
  articles: number
  written: number
  deleted: number
}

/** Articles per read and mutations per transaction: well inside Sanity's request limits. */
export const SYNC_BATCH = 100

const storedCopiesQuery = defineQuery(`
  *[_type == "searchText" && _id in $ids && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]{_id, _type, article, title, excerpt, body, publishedAt}
`)

const publishedIdsQuery = defineQuery(`
  *[_type == "article" && _id in $ids && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]._id
`)

type Stored = Partial<Record<keyof SearchTextDocument, unknown>> & { _id: string }

async function page<T>(client: SyncClient, query: string, after: string): Promise<T[]> {
  const rows = await client.fetch(query, { after, limit: SYNC_BATCH })
  if (!Array.isArray(rows)) throw new Error('the lake answered a page that is not a list')
  return rows as T[]
}

async function writeChanged(client: SyncClient, articles: SearchTextSource[]): Promise<number> {
  const wanted = articles
    .map((article) => searchTextFor(article))
    .filter((doc): doc is SearchTextDocument => doc !== undefined)
  const stored = (await client.fetch(storedCopiesQuery, {
    ids: wanted.map((doc) => doc._id),
  })) as Stored[]
  const byId = new Map(stored.map((doc) => [doc._id, doc]))
  const changed = wanted.filter((doc) => !isSameSearchText(byId.get(doc._id), doc))
  if (changed.length > 0) await client.commit(changed.map((doc) => ({ createOrReplace: doc })))
  return changed.length
}

async function deleteOrphans(
  client: SyncClient,
  copies: { _id: string; articleId?: unknown }[],
): Promise<number> {
  const ids = copies
    .map((copy) => copy.articleId)
    .filter((id): id is string => typeof id === 'string')
  const live = new Set((await client.fetch(publishedIdsQuery, { ids })) as string[])
  const orphans = copies.filter(
    (copy) => typeof copy.articleId !== 'string' || !live.has(copy.articleId),
  )
  if (orphans.length > 0) await client.commit(orphans.map((copy) => ({ delete: { id: copy._id } })))
  return orphans.length
}

/** Writes the copy of every published article that lacks an up-to-date one, then drops orphans. */
export async function syncAllSearchTexts(
  client: SyncClient,
  log: (line: string) => void = () => undefined,
): Promise<SyncReport> {
  const report: SyncReport = { articles: 0, written: 0, deleted: 0 }
  // Keyset paging by _id: a page is never skipped or repeated while others publish meanwhile.
  for (let after = ''; ;) {
    const articles = await page<SearchTextSource>(client, searchTextSourcesQuery, after)
    if (articles.length === 0) break
    report.articles += articles.length
    report.written += await writeChanged(client, articles)
    after = articles[articles.length - 1]?._id ?? after
    log(`${report.articles} articles read, ${report.written} copies written`)
  }
  for (let after = ''; ;) {
    const copies = await page<{ _id: string; articleId?: unknown }>(
      client,
      searchTextCopiesQuery,
      after,
    )
    if (copies.length === 0) break
    report.deleted += await deleteOrphans(client, copies)
    after = copies[copies.length - 1]?._id ?? after
  }
  return report
}
