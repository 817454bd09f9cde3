/**
 * JSON for page cache entries, which hold Buffers (RSC payloads) and Maps (per-segment payloads):
 * both are tagged on the way in and rebuilt on the way out, everything else is plain JSON.
 */
export function encodePage(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, field: unknown) {
    // `field` is the Buffer's toJSON() result; the holder still has the Buffer itself.
    const raw = this[key]
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
    if (raw instanceof Map) return { $map: [...raw.entries()] }
    return field
  })
}

export function decodePage(text: string): unknown {
  return JSON.parse(text, (_key, field: unknown) => {
    if (typeof field !== 'object' || field === null) return field
    if ('$buffer' in field && typeof field.$buffer === 'string')
      return Buffer.from(field.$buffer, 'base64')
    if ('$map' in field && Array.isArray(field.$map))
      return new Map(field.$map as [unknown, unknown][])
    return field
  })
}
