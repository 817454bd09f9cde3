import type { ContentClient } from '../api'
import { getArticle, getRelatedArticles, listArticleSlugs, listArticles } from './articles'
import { getCategory, listCategories } from './catalog'
import type { ReaderContext } from './context'
import { getDealsPage, getSitemapEntries, listFeedArticles, searchArticles } from './discovery'
import { getApprovedComments, getDealState, getSiteSettings } from './site'

/** A ContentClient over any GROQ fetcher: @sanity/client in client.ts, groq-js in tests. */
export function createContentReader(ctx: ReaderContext): ContentClient {
  return {
    getArticle: (slug) => getArticle(ctx, slug),
    listArticles: (options) => listArticles(ctx, options),
    getRelatedArticles: (article, limit) => getRelatedArticles(ctx, article, limit),
    getCategory: (slug) => getCategory(ctx, slug),
    listCategories: () => listCategories(ctx),
    getDealState: (now) => getDealState(ctx, now),
    getApprovedComments: (articleId) => getApprovedComments(ctx, articleId),
    getSiteSettings: () => getSiteSettings(ctx),
    listArticleSlugs: () => listArticleSlugs(ctx),
    getDealsPage: (now) => getDealsPage(ctx, now),
    searchArticles: (options) => searchArticles(ctx, options),
    listFeedArticles: (limit) => listFeedArticles(ctx, limit),
    getSitemapEntries: () => getSitemapEntries(ctx),
  }
}
