/**
 * What the storefront renders. Components only ever see these shapes, never raw CMS documents;
 * the validated client maps query results into them.
 */

export interface AuthorSummary {
  name: string
  slug: string | null
  credentials: string | null
}

export interface AuthorProfile extends AuthorSummary {
  bio: string | null
  sameAs: string[]
}

export interface CategorySummary {
  title: string
  slug: string
}

export interface ImageView {
  /** The asset reference id (`image-<hash>-<w>x<h>-<ext>`), for @sanity/image-url. */
  assetRef: string
  alt: string
  width: number | null
  height: number | null
  /** A tiny base64 JPEG of the image (the blur placeholder while it loads). */
  lqip: string | null
  /** The editor's focus (fractions of the image), for crops to other aspect ratios. */
  hotspot: { x: number; y: number; width: number; height: number } | null
  /** The editor's crop, as fractions cut from each side. */
  crop: { top: number; bottom: number; left: number; right: number } | null
}

export interface ArticleCard {
  id: string
  title: string
  slug: string
  excerpt: string
  publishedAt: string
  author: AuthorSummary | null
  categories: CategorySummary[]
  readingMinutes: number
  heroImage: ImageView | null
}

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface LinkMarkDef {
  _type: 'link'
  _key: string
  href: string
}

export interface TextBlock {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  children: Span[]
  markDefs: LinkMarkDef[]
  /** Set on h2/h3 blocks: the element id the table of contents (`Article.headings`) links to. */
  anchorId?: string
}

export interface ImageBlock {
  _type: 'image'
  _key: string
  image: ImageView
  caption: string | null
}

/** Portable Text the storefront knows how to render; unknown block types are dropped on the way in. */
export type BodyBlock = TextBlock | ImageBlock

export interface Heading {
  /** The anchor id used by the table of contents. */
  id: string
  text: string
  level: 2 | 3
}

export interface Article extends ArticleCard {
  body: BodyBlock[]
  headings: Heading[]
  authorProfile: AuthorProfile | null
  medicalReviewer: AuthorSummary | null
  reviewedAt: string | null
  updatedAt: string
  commentsEnabled: boolean
  approvedCommentCount: number
  seo: { title: string; description: string; image: ImageView | null }
  categoryIds: string[]
}

export interface Category {
  id: string
  title: string
  slug: string
  description: string | null
}

export interface Deal {
  id: string
  /** Changes with every edit: a dismissal is remembered per revision. */
  revision: string
  label: string
  message: string
  emoji: string | null
  href: string | null
  startsAt: string | null
  endsAt: string | null
}

export interface DealState {
  deal: Deal | null
  /** The next time (ISO) any enabled deal starts or ends; caches must not live past it. */
  nextChangeAt: string | null
}

export interface PublicComment {
  id: string
  authorName: string
  body: string
  submittedAt: string
}

export interface NavItem {
  label: string
  href: string
}

export interface SiteSettings {
  title: string
  description: string
  navigation: NavItem[]
  footer: string | null
  defaultShareImage: ImageView | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
  pageCount: number
}

/** A deal's full terms for the deals page. */
export type DealTerms = Omit<Deal, 'revision'>

export interface DealsPage {
  /** Live now, highest priority first. */
  live: DealTerms[]
  /** Announced by marketing, not started yet, soonest first. */
  upcoming: DealTerms[]
  /** The next time (ISO) any enabled deal starts or ends. */
  nextChangeAt: string | null
}

export interface SearchHit extends ArticleCard {
  /** The article's plain body text, for a highlighted snippet. */
  bodyText: string
}

export interface FeedArticle extends ArticleCard {
  updatedAt: string
}

export interface SitemapEntries {
  articles: { slug: string; updatedAt: string; images: ImageView[] }[]
  categories: { slug: string; updatedAt: string }[]
  /** When a deal last changed; null when there is none. */
  dealsUpdatedAt: string | null
}
