import type { RequestContext } from '../http/context'
import { sendJson } from '../http/respond'

/**
 * `GET /features`: the plan features this lake implements. The Studio reads Content Releases as
 * unavailable (an upsell, no create or schedule buttons) unless `contentReleases` is listed.
 */
export async function handleFeatures(ctx: RequestContext): Promise<void> {
  sendJson(ctx.res, 200, ['contentReleases'])
}
