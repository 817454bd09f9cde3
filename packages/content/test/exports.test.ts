import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'

const root = join(__dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string>
}

// What other workspaces import: changing a name here is a breaking change for them.
const expected: Record<string, string[]> = {
  './blank': ['blankToUndefined'],
  './cache-tags': [
    'TAGS',
    'WEBHOOK_FILTER',
    'WEBHOOK_PROJECTION',
    'articleTag',
    'backgroundTagsForDocument',
    'categoryTag',
    'commentsTag',
    'queryTags',
    'tagsForDocument',
  ],
  './api-version': ['API_VERSION'],
  './client': ['createContentClient'],
  './comment-input': [
    'COMMENT_MESSAGES',
    'commentFormErrors',
    'commentInputSchema',
    'parseCommentInput',
  ],
  './deal-rule': [
    'DEAL_PHASE_FILTERS',
    'DISABLED_DEAL_FILTER',
    'EXPIRED_DEAL_FILTER',
    'LIVE_DEAL_FILTER',
    'SCHEDULED_DEAL_FILTER',
    'dealBoundaries',
    'dealPhase',
    'nextDealChange',
  ],
  './comment-limits': ['COMMENT_BODY_MIN', 'COMMENT_LIMITS', 'VISIBLE_COMMENT_FIELDS'],
  './links': ['UNSAFE_LINK_MESSAGE', 'isSafeHref'],
  './queries': [
    'approvedCommentsQuery',
    'articleBySlugQuery',
    'articleListQuery',
    'articleSlugsQuery',
    'categoryBySlugQuery',
    'categoryListQuery',
    'dealsPageQuery',
    'dealsQuery',
    'feedArticlesQuery',
    'relatedArticlesQuery',
    'searchArticlesQuery',
    'siteSettingsQuery',
    'sitemapQuery',
  ],
  './search-terms': [
    'MAX_QUERY_LENGTH',
    'foldWord',
    'matchesSearchWord',
    'parseSearchQuery',
    'splitWords',
  ],
  './search-text': [
    'SEARCH_TEXT_TYPE',
    'foldText',
    'isSameSearchText',
    'portableTextOf',
    'searchTextCopiesQuery',
    'searchTextFor',
    'searchTextId',
    'searchTextSourcesQuery',
    'searchTextSyncQuery',
  ],
  './search-text-sync': ['SYNC_BATCH', 'syncAllSearchTexts'],
}

describe('package exports', () => {
  it('points every subpath at a file that exists', () => {
    const missing = Object.entries(pkg.exports).filter(([, file]) => !existsSync(join(root, file)))
    expect(missing).toEqual([])
  })

  it.each(Object.entries(expected))('%s exports its public names', async (subpath, names) => {
    const file = pkg.exports[subpath]
    if (!file) throw new Error(`no export ${subpath}`)
    const module = (await import(join(root, file))) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual([...names].sort())
  })
})
