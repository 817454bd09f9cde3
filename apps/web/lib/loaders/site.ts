import 'server-only'
import { queryTags } from '@repo/content/cache-tags'
import { cacheLife, cacheTag } from 'next/cache'
import { keep, keepOrRetry } from '@/lib/content/cache'
import { readContent, type ReadPerspective } from '@/lib/content/client'
import { approvedCommentsOrNone } from '@/lib/content/comments-access'
import { loader } from '@/lib/content/loader'
import { dealLifetime, RETRY_LIFETIME, shellLifetime } from '@/lib/content/lifetimes'

async function fetchSiteSettings(perspective: ReadPerspective) {
  'use cache'
  cacheTag(...queryTags.siteSettings())
  return keepOrRetry(await readContent(perspective, (content) => content.getSiteSettings()))
}

/** `at`: a preview clock's reading (draft mode only, never cached); shoppers' reads pass none. */
async function fetchDealState(perspective: ReadPerspective, at?: number) {
  'use cache'
  cacheTag(...queryTags.deals())
  const now = at ?? Date.now()
  const result = await readContent(perspective, (content) => content.getDealState(new Date(now)))
  // Every page showing the banner inherits this lifetime: none outlives the next deal start or end.
  cacheLife(result.ok ? dealLifetime(result.data.nextChangeAt, now) : RETRY_LIFETIME)
  return result
}

async function fetchDealForShell(perspective: ReadPerspective) {
  'use cache'
  cacheTag(...queryTags.deals())
  const now = Date.now()
  const result = await readContent(perspective, (content) => content.getDealState(new Date(now)))
  cacheLife(result.ok ? shellLifetime(result.data.nextChangeAt, now) : RETRY_LIFETIME)
  return result.ok && result.data.deal !== null
}

async function fetchApprovedComments(perspective: ReadPerspective, articleId: string) {
  'use cache'
  cacheTag(...queryTags.approvedComments(articleId))
  return keep(await readContent(perspective, (content) => content.getApprovedComments(articleId)))
}

/** Site title, navigation and footer. */
export const loadSiteSettings = loader(fetchSiteSettings)

/** The deal to show now (or at a preview's `at`) and when that may next change. */
export const loadDealState = loader(fetchDealState)

/** Whether a deal was live when the page's static shell was built (see BannerPlaceholder). */
export const loadDealForShell = loader(fetchDealForShell)

/** An article's approved comments, oldest first; none without a read token (see comments-access). */
export const loadApprovedComments = loader(approvedCommentsOrNone(fetchApprovedComments))
