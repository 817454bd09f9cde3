import type { PortableTextMarkComponentProps } from '@portabletext/react'
import type { TypedObject } from '@portabletext/types'
import { anchorProps } from '@/lib/links'

type LinkMark = TypedObject & { href?: unknown }

/** A link annotation: only safe targets become links; an unsafe one keeps its text, unlinked. */
export function linkMark(siteUrl: string) {
  return function LinkMarkComponent({ value, children }: PortableTextMarkComponentProps<LinkMark>) {
    const href = typeof value?.href === 'string' ? value.href : null
    const props = anchorProps(href, siteUrl)
    return props ? <a {...props}>{children}</a> : <>{children}</>
  }
}
