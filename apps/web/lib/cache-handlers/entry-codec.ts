import type { CacheEntry } from 'next/dist/server/lib/cache-handlers/types'

/** A 'use cache' entry without its stream: what is stored next to the value's bytes. */
export type EntryMeta = Omit<CacheEntry, 'value'>

/**
 * One Redis value per entry, so a read is one round trip and an entry is never half-written:
 * a 4-byte length, the metadata as JSON, then the value's bytes as they are.
 */
export function encodeEntry(meta: EntryMeta, value: Uint8Array): Buffer {
  const json = Buffer.from(JSON.stringify(meta))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([length, json, value])
}

/** The stored entry, or null for bytes this codec did not write (a foreign or damaged value). */
export function decodeEntry(stored: Buffer): { meta: EntryMeta; value: Buffer } | null {
  if (stored.length < 4) return null
  const length = stored.readUInt32BE(0)
  if (4 + length > stored.length) return null
  try {
    const meta: unknown = JSON.parse(stored.subarray(4, 4 + length).toString())
    if (!isEntryMeta(meta)) return null
    return { meta, value: stored.subarray(4 + length) }
  } catch {
    return null
  }
}

function isEntryMeta(value: unknown): value is EntryMeta {
  if (typeof value !== 'object' || value === null) return false
  const { tags, stale, timestamp, expire, revalidate } = value as Record<string, unknown>
  return (
    Array.isArray(tags) &&
    tags.every((tag) => typeof tag === 'string') &&
    [stale, timestamp, expire, revalidate].every((n) => typeof n === 'number')
  )
}

/** Reads a stream to its end. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    chunks.push(value)
  }
}

/** A fresh stream over stored bytes (Next reads each `get`'s stream once). */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
}
