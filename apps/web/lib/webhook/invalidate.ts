import type { Invalidation, Turn } from './coalesce'

/** How a batch is applied; the route passes Next's `revalidateTag` and `after`, tests fakes. */
export interface InvalidationSteps {
  /** Expires (or marks stale) the batch's tags in this request; Next applies it as it ends. */
  expire(batch: Invalidation, size: number): void
  /** Runs `work` once this request's response is sent, so the batch's expiry has been applied. */
  afterResponse(work: () => Promise<void>): void
  /** Purges the tags from the caching proxies; failures are reported, not thrown. */
  purge(tags: string[]): Promise<void>
}

export type InvalidationResult = { ok: true } | { ok: false; error: string }

/**
 * A follower answers the lake only when its batch is expired and purged; past this it answers
 * 503 (below the lake's 10 s delivery timeout), so the delivery is retried, never lost.
 */
export const FOLLOWER_WAIT_MS = 8_000

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

function within(done: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`batch not applied within ${ms} ms`)), ms)
  })
  return Promise.race([done, late]).finally(() => clearTimeout(timer))
}

/**
 * Applies one delivery's invalidation through its batch (see createCoalescer). The leader's
 * delivery is acknowledged by Next once its request's expiry is applied; a follower's only when
 * the leader reports the whole batch expired and purged. Any failure is a 503 to the lake.
 */
export async function invalidate(
  turn: Turn,
  steps: InvalidationSteps,
  waitMs = FOLLOWER_WAIT_MS,
): Promise<InvalidationResult> {
  if (turn.role === 'follow') {
    try {
      await within(turn.done, waitMs)
      return { ok: true }
    } catch (error) {
      return { ok: false, error: message(error) }
    }
  }
  const all = [...turn.batch.tags, ...turn.batch.backgroundTags]
  try {
    steps.expire(turn.batch, turn.size)
    // Purged before the answer too, so that the proxy no longer serves the old page once the
    // lake holds the delivery acknowledged (Next applies the expiry before the answer ends).
    await steps.purge(all)
  } catch (error) {
    turn.finish(error)
    return { ok: false, error: message(error) }
  }
  steps.afterResponse(async () => {
    // Again once the expiry is applied: a request the proxy sent in between may have stored the
    // old page. Background tags too: the proxy then refetches those pages, which the storefront
    // answers from its (stale) cache while it refreshes them.
    await steps.purge(all).then(
      () => turn.finish(),
      (error: unknown) => turn.finish(error),
    )
  })
  return { ok: true }
}
