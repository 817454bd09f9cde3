import { notFound } from 'next/navigation'
import { PRERENDER_PLACEHOLDER } from '@/lib/params'

export function generateStaticParams() {
  return [{ unmatched: [PRERENDER_PLACEHOLDER] }]
}

/** Any URL no other page matches: the site's 404 page, inside the site chrome. */
export default function Unmatched() {
  notFound()
}
