import { serializeJsonLd, type JsonLdDocument } from './serialize'

/** Structured data for search engines, safely serialised (see serializeJsonLd). */
export function JsonLd({ data }: { data: JsonLdDocument }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
