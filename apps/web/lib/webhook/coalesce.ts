/** What one webhook delivery asks to invalidate. */
export interface Invalidation {
  /** Expired at once. */
  tags: string[]
  /** Marked stale, refreshed in the background. */
  backgroundTags: string[]
}

/**
 * The first delivery of a window leads: it expires the union of every invalidation that joined
 * (Next expires tags only when the leader's own request ends) and calls `finish` once they are
 * expired and purged. Later deliveries of the window follow: they answer when `done` settles.
 */
export type Turn =
  | { role: 'lead'; batch: Invalidation; size: number; finish: (error?: unknown) => void }
  | { role: 'follow'; done: Promise<void> }

interface Batch {
  tags: Set<string>
  backgroundTags: Set<string>
  size: number
  settle: { resolve: () => void; reject: (error: unknown) => void }
  done: Promise<void>
}

function openBatch(): Batch {
  let settle: Batch['settle'] = { resolve: () => undefined, reject: () => undefined }
  const done = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject }
  })
  // A batch nobody follows must not report its failure as unhandled: the leader sees it itself.
  done.catch(() => undefined)
  return { tags: new Set(), backgroundTags: new Set(), size: 0, settle, done }
}

function add(batch: Batch, { tags, backgroundTags }: Invalidation): void {
  for (const tag of tags) batch.tags.add(tag)
  for (const tag of backgroundTags) batch.backgroundTags.add(tag)
  batch.size += 1
}

/**
 * Coalesces invalidations that arrive within `windowMs` of the first into one batch, so that a
 * burst of deliveries (the lake sends several at once; a bulk change sends hundreds) costs one
 * expiry and one proxy purge instead of one each. A tag both expired and refreshed in the
 * background by different deliveries is expired: the stricter request wins.
 */
export function createCoalescer(windowMs: number) {
  let open: Batch | undefined

  return async function join(invalidation: Invalidation): Promise<Turn> {
    if (open) {
      add(open, invalidation)
      return { role: 'follow', done: open.done }
    }
    const batch = openBatch()
    open = batch
    add(batch, invalidation)
    await new Promise((resolve) => setTimeout(resolve, windowMs))
    open = undefined
    const tags = [...batch.tags]
    const backgroundTags = [...batch.backgroundTags].filter((tag) => !batch.tags.has(tag))
    return {
      role: 'lead',
      batch: { tags, backgroundTags },
      size: batch.size,
      finish: (error?: unknown) =>
        error === undefined ? batch.settle.resolve() : batch.settle.reject(error),
    }
  }
}
