import { receiveWebhook, type WebhookInput, type WebhookOutcome } from './handle'
import { syncSearchText, type SearchTextStore } from './search-text'

/** The search's folded copies, or null when no write token is configured (nothing is written). */
export type SearchTextWriter = SearchTextStore | null

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * A webhook delivery up to the cache expiry: authenticated and parsed (receiveWebhook), then the
 * changed article's folded search copy brought in step. The copy is written before the caller
 * expires the search's cache tags, so the next search reads it. A failed write answers 503:
 * the lake retries the delivery, and nothing it holds acknowledged is lost.
 */
export async function receiveDelivery(
  request: Request,
  options: Omit<WebhookInput, 'body' | 'signature'> & { searchText: SearchTextWriter },
): Promise<WebhookOutcome> {
  const outcome = await receiveWebhook(request, options)
  if (outcome.status !== 200 || options.searchText === null) return outcome
  try {
    const synced = await syncSearchText(outcome.changed, options.searchText)
    if (synced === 'written' || synced === 'deleted')
      console.log(`[revalidate] search text of ${outcome.changed._id} ${synced}`)
    return outcome
  } catch (error) {
    return {
      status: 503,
      tags: [],
      backgroundTags: [],
      body: { error: `Search text not written; retry (${message(error)})` },
    }
  }
}
