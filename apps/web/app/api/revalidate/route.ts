import { after } from 'next/server'
import { revalidateTag } from 'next/cache'
import { receiveWebhook } from '@/lib/webhook/handle'
import { purgeProxies } from '@/lib/webhook/proxy-purge'
import { env } from '@/env'

/**
 * The Content Lake's signed webhook for every published document change. Expires exactly the
 * cache tags the document affects, so the next page load shows the change.
 */
export async function POST(request: Request): Promise<Response> {
  const outcome = await receiveWebhook(request, { secret: env().webhookSecret })
  if (outcome.status === 200) {
    // `expire: 0`: the next request renders fresh instead of being served the stale page once.
    for (const tag of outcome.tags) revalidateTag(tag, { expire: 0 })
    console.log(`[revalidate] ${outcome.document}: ${outcome.tags.join(', ') || '(no tags)'}`)
    // After the response, which Next ends once the tags above are expired: a proxy refetching
    // sooner could store the old page again.
    const { tags } = outcome
    after(() => purgeProxies(tags, env().proxy))
  } else {
    console.warn(`[revalidate] rejected with ${outcome.status}: ${outcome.body.error}`)
  }
  return Response.json(outcome.body, { status: outcome.status })
}
