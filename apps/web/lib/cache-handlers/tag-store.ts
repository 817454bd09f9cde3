import type { Store } from './connection'

/** When a tag was last marked stale and when it expires (ms since the epoch). */
export interface TagState {
  stale: number
  expired: number | null
}

const TAGS_KEY = 'tags'

/**
 * Records a tag invalidation for every instance. As Next's own handler: without `durations` the
 * tags expire now; with them they are stale now and expire `expire` seconds later (or never).
 */
export async function expireTags(
  store: Store,
  prefix: string,
  tags: string[],
  durations?: { expire?: number },
  now = Date.now(),
): Promise<void> {
  if (tags.length === 0) return
  const expire = durations ? durations.expire : 0
  const state: TagState = { stale: now, expired: expire === undefined ? null : now + expire * 1000 }
  const value = JSON.stringify(state)
  await store.hset(prefix + TAGS_KEY, Object.fromEntries(tags.map((tag) => [tag, value])))
}

/** The recorded state of each of `tags` that was ever invalidated. */
export async function readTagStates(
  store: Store,
  prefix: string,
  tags: string[],
): Promise<TagState[]> {
  if (tags.length === 0) return []
  const values = await store.hmget(prefix + TAGS_KEY, ...tags)
  return values.flatMap((value) => (value === null ? [] : [parseState(value)]))
}

function parseState(value: string): TagState {
  const parsed: unknown = JSON.parse(value)
  if (typeof parsed === 'object' && parsed !== null && 'stale' in parsed && 'expired' in parsed) {
    const { stale, expired } = parsed
    if (typeof stale === 'number' && (typeof expired === 'number' || expired === null))
      return { stale, expired }
  }
  throw new Error(`malformed tag state ${value}`)
}

/** True when a tag expired after an entry made at `timestamp` and its expiry has come. */
export function isExpired(states: TagState[], timestamp: number, now = Date.now()): boolean {
  return states.some(({ expired }) => expired !== null && expired > timestamp && expired <= now)
}

/** True when a tag was marked stale after an entry made at `timestamp`. */
export function isStale(states: TagState[], timestamp: number): boolean {
  return states.some(({ stale }) => stale > timestamp)
}

/** The latest expiry among the states (0 when none), what Next's `getExpiration` answers. */
export function latestExpiry(states: TagState[]): number {
  return Math.max(0, ...states.map(({ expired }) => expired ?? 0))
}
