import { revalidateTag } from 'next/cache'
import { receiveWebhook } from '@/lib/webhook/handle'
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
    const tags = [...outcome.tags, ...outcome.backgroundTags.map((tag) => `${tag} (background)`)]
    console.log(`[revalidate] ${outcome.document}: ${tags.join(', ') || '(no tags)'}`)
  } else {
    console.warn(`[revalidate] rejected with ${outcome.status}: ${outcome.body.error}`)
  }
  return Response.json(outcome.body, { status: outcome.status })
}
