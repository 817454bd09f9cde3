import { payloadTooLarge } from '../http/errors'
import type { RawRequest } from '../http/raw'
import { badRequest } from '../http/errors'

/** Reads a binary request body up to `limit` bytes; larger bodies are refused with 413 while streaming. */
export async function readRawBody(req: RawRequest, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > limit) throw payloadTooLarge(limit)
    chunks.push(buffer)
  }
  if (size === 0) throw badRequest('The request body is empty; expected the asset bytes')
  return Buffer.concat(chunks, size)
}
