import { z } from 'zod'
import type { Result } from '../api'
import { nextChangeAt, toDeal } from '../mappers/deal'
import { toPublicComment, toSiteSettings } from '../mappers/site'
import { approvedCommentsQuery, dealsQuery, siteSettingsQuery } from '../queries'
import {
  activeDealResultSchema,
  approvedCommentResultSchema,
  dealsResultSchema,
  siteSettingsSchema,
} from '../schemas/results'
import type { DealState, PublicComment, SiteSettings } from '../view-models'
import { parseEach, parseReported, runQuery, type ReaderContext } from './context'

const deals = { name: 'dealsQuery', query: dealsQuery }
const comments = { name: 'approvedCommentsQuery', query: approvedCommentsQuery }
const settings = { name: 'siteSettingsQuery', query: siteSettingsQuery }

const dealsEnvelope = dealsResultSchema.extend({ active: z.unknown() })

/** The deal live at `now` and the next time that may change; a broken deal means no deal. */
export async function getDealState(ctx: ReaderContext, now: Date): Promise<Result<DealState>> {
  const fetched = await runQuery(ctx, deals, { now: now.toISOString() })
  if (!fetched.ok) return fetched
  const envelope = parseReported(ctx, dealsEnvelope, fetched.data, deals.name)
  if (!envelope.ok) return envelope
  const { active, boundaries } = envelope.data
  const parsed =
    active === null ? null : parseReported(ctx, activeDealResultSchema, active, deals.name)
  const deal = parsed?.ok ? toDeal(parsed.data) : null
  return { ok: true, data: { deal, nextChangeAt: nextChangeAt(boundaries, now) } }
}

/** Approved comments of an article, oldest first; a broken one is skipped and reported. */
export async function getApprovedComments(
  ctx: ReaderContext,
  articleId: string,
): Promise<Result<PublicComment[]>> {
  const fetched = await runQuery(ctx, comments, { articleId })
  if (!fetched.ok) return fetched
  const items = parseReported(ctx, z.array(z.unknown()), fetched.data, comments.name)
  if (!items.ok) return items
  return {
    ok: true,
    data: parseEach(ctx, approvedCommentResultSchema, items.data, comments.name).map(
      toPublicComment,
    ),
  }
}

/** The site settings singleton, null when it has not been created yet. */
export async function getSiteSettings(ctx: ReaderContext): Promise<Result<SiteSettings | null>> {
  const fetched = await runQuery(ctx, settings, {})
  if (!fetched.ok || fetched.data === null) return fetched.ok ? { ok: true, data: null } : fetched
  const parsed = parseReported(ctx, siteSettingsSchema, fetched.data, settings.name)
  return parsed.ok ? { ok: true, data: toSiteSettings(parsed.data) } : parsed
}
