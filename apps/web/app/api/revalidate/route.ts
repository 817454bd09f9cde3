import { after } from 'next/server'
import { revalidateTag } from 'next/cache'
import { receiveWebhook } from '@/lib/webhook/handle'
import { purgeProxies } from '@/lib/webhook/proxy-purge'
import { env } from '@/env'

/**
 * The Content Lake's signed webhook for every published document change. Expires exactly the
 * cache tags the document affects, so the next page load shows the change; tags that may lag
 * (other articles' related blocks) are only marked stale and refresh in the background.
 */
export async function POST(request: Request): Promise<Response> {
  const outcome = await receiveWebhook(request, { secret: env().webhookSecret })
  if (outcome.status === 200) {
    // `expire: 0`: the next request renders fresh instead of being served the stale page once.
    for (const tag of outcome.tags) revalidateTag(tag, { expire: 0 })
    // 'max': stale-while-revalidate, so a bulk import does not re-render every article page.
    for (const tag of outcome.backgroundTags) revalidateTag(tag, 'max')
    const logged = [...outcome.tags, ...outcome.backgroundTags.map((tag) => `${tag} (background)`)]
    console.log(`[revalidate] ${outcome.document}: ${logged.join(', ') || '(no tags)'}`)
    // After the response, which Next ends once the tags above are expired: a proxy refetching
    // sooner could store the old page again. Background tags too: the proxy then refetches those
    // pages, which the storefront answers from its (stale) cache while it refreshes them.
    const tags = [...outcome.tags, ...outcome.backgroundTags]
    after(() => purgeProxies(tags, env().proxy))
  } else {
    console.warn(`[revalidate] rejected with ${outcome.status}: ${outcome.body.error}`)
  }
  return Response.json(outcome.body, { status: outcome.status })
}
