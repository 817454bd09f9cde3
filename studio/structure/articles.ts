import { DocumentsIcon, DocumentTextIcon, EditIcon, TagIcon } from '@sanity/icons'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { API_VERSION } from '@repo/content/api-version'

const newestFirst = [{ field: 'publishedAt', direction: 'desc' as const }]

/**
 * Drafts: articles with unpublished changes (never published ones included). The Studio lists
 * documents through the drafts perspective, where a draft's own id is `_originalId`; `_id` covers
 * the raw perspective.
 */
export const ARTICLE_DRAFTS_FILTER =
  '_type == "article" && (_id in path("drafts.**") || _originalId in path("drafts.**"))'

/** Articles in one category; `$categoryId` is the category's published id. */
export const ARTICLES_IN_CATEGORY_FILTER = '_type == "article" && $categoryId in categories[]._ref'

/** Articles: all, drafts, and one list per category. */
export function articlesItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('articles')
    .title('Articles')
    .icon(DocumentTextIcon)
    .child(
      S.list()
        .id('articles')
        .title('Articles')
        .items([
          S.listItem()
            .id('all-articles')
            .title('All articles')
            .icon(DocumentsIcon)
            .schemaType('article')
            .child(
              S.documentTypeList('article')
                .id('all-articles')
                .title('All articles')
                .defaultOrdering(newestFirst),
            ),
          S.listItem()
            .id('article-drafts')
            .title('Drafts')
            .icon(EditIcon)
            .child(
              S.documentList()
                .apiVersion(API_VERSION)
                .id('article-drafts')
                .title('Drafts (unpublished changes)')
                .schemaType('article')
                .filter(ARTICLE_DRAFTS_FILTER)
                .defaultOrdering(newestFirst),
            ),
          S.listItem()
            .id('articles-by-category')
            .title('By category')
            .icon(TagIcon)
            .child(
              S.documentTypeList('category')
                .id('articles-by-category')
                .title('By category')
                .child((categoryId) =>
                  S.documentList()
                    .apiVersion(API_VERSION)
                    .id(`category-${categoryId}`)
                    .title('Articles in category')
                    .schemaType('article')
                    .filter(ARTICLES_IN_CATEGORY_FILTER)
                    .params({ categoryId })
                    .defaultOrdering(newestFirst),
                ),
            ),
        ]),
    )
}
