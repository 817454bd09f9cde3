import type { Graph, Thing, WithContext } from 'schema-dts'

export type JsonLdDocument = Graph | WithContext<Thing>

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` become `\u003c`-style escapes
 * (still the same JSON), so no CMS text such as a title containing `</script>` or `<!--` can end
 * or change the script element; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLdDocument): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
