/**
 * Migration: moves every root-path comment (and its draft) to its private sub-path id.
 * Sanity cannot change an `_id`, so each document is created under its new id (every field kept:
 * status, submittedAt, moderatedAt, the article reference, the email) and the old one deleted, in
 * one transaction per batch: a failure leaves a batch entirely undone, never half moved.
 * A second run finds nothing to move and writes nothing.
 */
import type { Mutation, SanityClient } from '@sanity/client'
import { z } from 'zod'
import { LEGACY_COMMENT_FILTER, privateCommentId } from './comment-ids'

/** One moved document. */
export interface MovedComment {
  from: string
  to: string
}

export interface MigrationOptions {
  /** Documents per transaction (a comment and its draft always share one). */
  batchSize?: number
  /** Report what would move without writing anything. */
  dryRun?: boolean
  /** Progress lines; nothing by default. */
  log?: (line: string) => void
}

const DEFAULT_BATCH_SIZE = 50
// A batch whose comment an editor changed between our read and our write is read again; more
// conflicts than this in one run means someone is busy with these comments: stop and say so.
const MAX_CONFLICTS = 5

const legacyDocument = z.looseObject({
  _id: z.string().min(1),
  _rev: z.string().min(1),
  _type: z.literal('comment'),
})
export type LegacyDocument = z.infer<typeof legacyDocument>
const legacyBatch = z.array(z.object({ pair: z.string(), doc: legacyDocument }))

// Sorted by the published id so that a comment and its draft are neighbours.
const BATCH_QUERY = /* groq */ `*[${LEGACY_COMMENT_FILTER}]{
  "pair": select(_id in path("drafts.*") => string::split(_id, "drafts.")[1], _id),
  "doc": @
} | order(pair asc, doc._id asc) [0...$limit]`

const COUNT_QUERY = /* groq */ `count(*[${LEGACY_COMMENT_FILTER}])`

/** Moves every root-path comment to `comments.<key>`; returns what moved (or would move). */
export async function migrateCommentsToPrivateIds(
  client: SanityClient,
  options: MigrationOptions = {},
): Promise<MovedComment[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const log = options.log ?? (() => undefined)
  const raw = client.withConfig({ perspective: 'raw', useCdn: false })
  const total = z.number().parse(await raw.fetch(COUNT_QUERY))
  if (total === 0) return []
  log(`${total} comment document(s) on root-path ids`)
  if (options.dryRun) return (await nextBatch(raw, total)).map(moveOf)

  const moved: MovedComment[] = []
  let conflicts = 0
  // Each committed batch removes its documents from the query, so this ends; the bound guards
  // against a writer that keeps creating root-path comments (an old storefront still running).
  const maxRounds = Math.ceil(total / batchSize) + MAX_CONFLICTS + 1
  for (let round = 0; round < maxRounds; round++) {
    const batch = await nextBatch(raw, batchSize)
    if (batch.length === 0) return moved
    try {
      await raw.transaction(batch.flatMap(moveMutations)).commit({ visibility: 'sync' })
    } catch (error) {
      if (!isRevisionConflict(error) || ++conflicts > MAX_CONFLICTS) throw error
      log('a comment changed while moving it; reading the batch again')
      continue
    }
    moved.push(...batch.map(moveOf))
    log(`moved ${moved.length} of ${total}`)
  }
  throw new Error(`Root-path comments are still being created; stopped after ${moved.length} moved`)
}

/** The next documents to move, never splitting a comment from its draft. */
async function nextBatch(client: SanityClient, size: number): Promise<LegacyDocument[]> {
  const rows = legacyBatch.parse(await client.fetch(BATCH_QUERY, { limit: size + 1 }))
  const batch = rows.slice(0, size)
  const extra = rows[size]
  if (extra && extra.pair === batch.at(-1)?.pair) batch.push(extra)
  return batch.map((row) => row.doc)
}

function moveOf(doc: LegacyDocument): MovedComment {
  return { from: doc._id, to: privateCommentId(doc._id) }
}

/**
 * Create under the new id (unless a comment is already there: the storefront may have stored the
 * same submission under it, and that one wins), then delete the old one, but only at the revision
 * we read: an edit made in between fails the transaction instead of being lost.
 */
export function moveMutations(doc: LegacyDocument): Mutation[] {
  const { _rev, _updatedAt: _ignored, ...fields } = doc
  return [
    { createIfNotExists: { ...fields, _id: privateCommentId(doc._id) } },
    { patch: { id: doc._id, ifRevisionID: _rev } },
    { delete: { id: doc._id } },
  ]
}

function isRevisionConflict(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 409
  )
}
