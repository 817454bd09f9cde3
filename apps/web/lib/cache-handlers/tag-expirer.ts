import type { Store } from './connection'
import { expireTags } from './tag-store'

interface Expiry {
  tags: string[]
  durations: { expire?: number } | undefined
  at: number
}

/**
 * Records tag expiries in Redis; one that fails (Redis down when the webhook came) is kept and
 * written, with its original time, as soon as the connection is back. Next ends the webhook's
 * response after this settles but cannot fail it, so keeping the expiry is what stops a page
 * cached before the outage from being served old afterwards.
 */
export function createTagExpirer(store: () => Store, prefix: string) {
  const waiting: Expiry[] = []
  let listening = false

  const write = ({ tags, durations, at }: Expiry) =>
    expireTags(store(), prefix, tags, durations, at)

  async function flush(): Promise<void> {
    for (const expiry of waiting.splice(0)) {
      try {
        await write(expiry)
      } catch {
        waiting.push(expiry)
        return
      }
    }
    if (waiting.length === 0) console.log('[cache] tag expiries made while Redis was away written')
  }

  return async function expire(tags: string[], durations?: { expire?: number }): Promise<void> {
    const expiry = { tags, durations, at: Date.now() }
    try {
      await write(expiry)
    } catch (error) {
      waiting.push(expiry)
      console.error(
        `[cache] tags ${tags.join(', ')} not yet expired in Redis ` +
          `(${error instanceof Error ? error.message : String(error)}): written once it is back`,
      )
      if (!listening) {
        listening = true
        store().on('ready', () => void flush())
      }
    }
  }
}
