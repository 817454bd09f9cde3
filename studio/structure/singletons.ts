import { CogIcon } from '@sanity/icons'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'

/** Document types with exactly one document, at a fixed id. */
export const SINGLETONS = { siteSettings: 'siteSettings' } as const

/**
 * Types editors never create from the Studio: singletons, comments (readers write those) and the
 * search's folded copies (the storefront's webhook writes those).
 */
export const NOT_CREATABLE_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(SINGLETONS),
  'comment',
  'searchText',
])

/** The one site settings document, opened directly. */
export function siteSettingsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('siteSettings')
    .title('Site settings')
    .icon(CogIcon)
    .schemaType('siteSettings')
    .child(
      S.document()
        .schemaType('siteSettings')
        .documentId(SINGLETONS.siteSettings)
        .title('Site settings'),
    )
}
