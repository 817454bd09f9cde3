import { after } from 'next/server'
import { revalidateTag } from 'next/cache'
import { createCoalescer, type Invalidation } from '@/lib/webhook/coalesce'
import { receiveDelivery } from '@/lib/webhook/deliver'
import { invalidate } from '@/lib/webhook/invalidate'
import { purgeProxies } from '@/lib/webhook/proxy-purge'
import { searchTextWriter } from '@/lib/webhook/search-text-runtime'
import { env } from '@/env'

// Deliveries arriving together (the lake sends up to 8 at once) share one expiry and one purge.
let join: ReturnType<typeof createCoalescer> | undefined

function expire({ tags, backgroundTags }: Invalidation, size: number): void {
  // `expire: 0`: the next request renders fresh instead of being served the stale page once.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  // 'max': stale-while-revalidate, so a bulk import does not re-render every article page.
  for (const tag of backgroundTags) revalidateTag(tag, 'max')
  const logged = [...tags, ...backgroundTags.map((tag) => `${tag} (background)`)]
  console.log(`[revalidate] batch of ${size}: ${logged.join(', ') || '(no tags)'}`)
}

/**
 * The Content Lake's signed webhook for every published document change. Expires exactly the
 * cache tags the document affects, so the next page load shows the change; tags that may lag
 * (other articles' related blocks) are only marked stale and refresh in the background.
 * An article's change first brings its folded search copy in step (lib/webhook/search-text.ts).
 * Deliveries that arrive together are coalesced (lib/webhook/coalesce.ts); each is acknowledged
 * only once its copy is written and its tags are expired, otherwise it gets a 503 and the lake
 * retries it.
 */
export async function POST(request: Request): Promise<Response> {
  const outcome = await receiveDelivery(request, {
    secret: env().webhookSecret,
    searchText: searchTextWriter(),
  })
  if (outcome.status !== 200) {
    console.warn(`[revalidate] rejected with ${outcome.status}: ${outcome.body.error}`)
    return Response.json(outcome.body, { status: outcome.status })
  }
  const { tags, backgroundTags, document } = outcome
  const logged = [...tags, ...backgroundTags.map((tag) => `${tag} (background)`)]
  console.log(`[revalidate] ${document}: ${logged.join(', ') || '(no tags)'}`)
  join ??= createCoalescer(env().coalesceMs)
  const result = await invalidate(await join({ tags, backgroundTags }), {
    expire,
    // Purged again after the response, which Next ends once the tags above are expired: a proxy
    // refetching sooner could have stored the old page again.
    afterResponse: (work) => after(work),
    purge: (all) => purgeProxies(all, env().proxy),
  })
  if (!result.ok) {
    console.error(`[revalidate] ${document} not yet expired, the lake retries: ${result.error}`)
    return Response.json({ error: 'Not yet revalidated; retry' }, { status: 503 })
  }
  return Response.json(outcome.body, { status: 200 })
}
