import type { ApprovedCommentResult, CategoryResult, SiteSettingsResult } from '../schemas/results'
import type { Category, PublicComment, SiteSettings } from '../view-models'
import { toImageView } from './image'

/** A category without its articles. */
export function toCategory(raw: CategoryResult): Category {
  return { id: raw._id, title: raw.title, slug: raw.slug, description: raw.description }
}

/** An approved comment as readers see it (the query never selects the email). */
export function toPublicComment(raw: ApprovedCommentResult): PublicComment {
  return { id: raw._id, authorName: raw.authorName, body: raw.body, submittedAt: raw.submittedAt }
}

/** The site-wide title, navigation and footer. */
export function toSiteSettings(raw: SiteSettingsResult): SiteSettings {
  return {
    title: raw.title,
    description: raw.description,
    navigation: (raw.navigation ?? []).map((item) => ({ label: item.label, href: item.href })),
    footer: raw.footer,
    defaultShareImage: toImageView(raw.defaultShareImage),
  }
}
