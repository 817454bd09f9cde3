/** The webhook's body is a small projection (WEBHOOK_PROJECTION): a few hundred bytes. */
export const MAX_WEBHOOK_BODY_BYTES = 32 * 1024

export type BodyRead =
  { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' }

/**
 * Reads a request body as UTF-8, giving up as soon as it passes `limit` bytes. Content-Length is
 * only a shortcut for an honest sender: a chunked or lying body is counted as it streams in.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: 'too-large' }
  if (!request.body) return { ok: true, text: '' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        // Stop the sender instead of draining the rest of an oversized body.
        await reader.cancel().catch(() => undefined)
        return { ok: false, reason: 'too-large' }
      }
      chunks.push(value)
    }
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') }
}
