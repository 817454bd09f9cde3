import { isSafeHref } from '@repo/content/links'

/** How a CMS link may be rendered: not at all, inside the site, or to another origin. */
export type LinkTarget =
  { kind: 'unsafe' } | { kind: 'internal'; href: string } | { kind: 'external'; href: string }

/** Classifies an href; only http(s), mailto and site-relative targets survive. */
export function linkTarget(href: string | null | undefined, siteUrl: string): LinkTarget {
  if (!href || !isSafeHref(href)) return { kind: 'unsafe' }
  if (href.startsWith('/') || href.startsWith('#')) return { kind: 'internal', href }
  if (href.startsWith('mailto:')) return { kind: 'internal', href }
  const url = new URL(href)
  return url.origin === new URL(siteUrl).origin
    ? { kind: 'internal', href }
    : { kind: 'external', href }
}

/** Props for an `<a>` to a safe target; `null` when the href must not become a link. */
export function anchorProps(
  href: string | null | undefined,
  siteUrl: string,
): { href: string; rel?: string } | null {
  const target = linkTarget(href, siteUrl)
  switch (target.kind) {
    case 'unsafe':
      return null
    case 'internal':
      return { href: target.href }
    case 'external':
      return { href: target.href, rel: 'noopener noreferrer' }
    default: {
      const exhaustive: never = target
      return exhaustive
    }
  }
}
