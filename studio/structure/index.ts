import type { StructureResolver } from 'sanity/structure'
import { articlesItem } from './articles'
import { commentsItem } from './comments'
import { dealsItem } from './deals'
import { siteSettingsItem } from './singletons'

/** The desk: content first, then moderation, then the site's shared pieces. */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .id('root')
    .title('Content')
    .items([
      articlesItem(S),
      dealsItem(S, context.documentStore),
      commentsItem(S, context.documentStore),
      S.divider(),
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('category').title('Categories'),
      S.divider(),
      siteSettingsItem(S),
    ])
