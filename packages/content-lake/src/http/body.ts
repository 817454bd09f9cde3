import { badRequest, payloadTooLarge } from '../errors'
import type { RawRequest } from './raw'
import { errorMessage } from '../errorMessage'

/** Reads a request body up to `limit` bytes; larger bodies are refused with 413 while streaming. */
export async function readBodyBytes(req: RawRequest, limit: number): Promise<Buffer> {
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
  return Buffer.concat(chunks, size)
}

/** Reads a request body up to `limit` bytes (413 beyond it) and parses it as JSON (400 when malformed). */
export async function readJsonBody(req: RawRequest, limit: number): Promise<unknown> {
  const text = (await readBodyBytes(req, limit)).toString('utf8')
  if (text.trim() === '') throw badRequest('The request body is empty; expected JSON')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${errorMessage(error)}`)
  }
}
