/** @jest-environment node */
import { describe, expect, it, jest } from '@jest/globals'
import { encodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { MAX_CLOCK_SKEW_MS, MAX_SIGNATURE_AGE_MS } from '../freshness'
import { receiveWebhook, type Verifier } from '../handle'
import { MAX_WEBHOOK_BODY_BYTES } from '../read-body'

const SECRET = 'a-webhook-secret-for-tests'
const DEAL = JSON.stringify({ _id: 'deal-1', _type: 'deal' })

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/api/revalidate', {
    method: 'POST',
    body,
    headers,
    // Streams need half-duplex in Node's fetch Request.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  })
}

/** A body that arrives in chunks with no Content-Length, as a chunked upload would. */
function chunked(
  totalBytes: number,
  chunkBytes = 8 * 1024,
): { stream: ReadableStream; sent: () => number } {
  let sent = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close()
      const size = Math.min(chunkBytes, totalBytes - sent)
      sent += size
      controller.enqueue(new Uint8Array(size).fill(0x20))
    },
  })
  return { stream, sent: () => sent }
}

const spyVerifier = () => jest.fn<Verifier>(isValidSignature)

describe('receiveWebhook', () => {
  it('answers 413 to an oversized body before any signature check (declared length)', async () => {
    const verify = spyVerifier()
    const body = ' '.repeat(MAX_WEBHOOK_BODY_BYTES + 1)
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET)
    const outcome = await receiveWebhook(post(body, { 'sanity-webhook-signature': signature }), {
      secret: SECRET,
      verify,
    })
    expect(outcome.status).toBe(413)
    expect(verify).not.toHaveBeenCalled()
  })

  it('answers 413 to a chunked body without Content-Length, and stops reading it', async () => {
    const verify = spyVerifier()
    const total = 10 * MAX_WEBHOOK_BODY_BYTES
    const { stream, sent } = chunked(total)
    const outcome = await receiveWebhook(
      post(stream, { 'sanity-webhook-signature': `t=${Date.now()},v1=x` }),
      { secret: SECRET, verify },
    )
    expect(outcome.status).toBe(413)
    expect(verify).not.toHaveBeenCalled()
    expect(sent()).toBeLessThan(total / 2)
  })

  it('answers 401 to a correctly signed body whose signature is older than the window (replay)', async () => {
    const verify = spyVerifier()
    const now = Date.now()
    const signature = await encodeSignatureHeader(DEAL, now - MAX_SIGNATURE_AGE_MS - 1000, SECRET)
    const outcome = await receiveWebhook(post(DEAL, { 'sanity-webhook-signature': signature }), {
      secret: SECRET,
      verify,
      now,
    })
    expect(outcome).toMatchObject({ status: 401, body: { error: expect.stringMatching(/old/) } })
  })

  it('answers 401 to a signature dated too far in the future', async () => {
    const now = Date.now()
    const signature = await encodeSignatureHeader(DEAL, now + MAX_CLOCK_SKEW_MS + 1000, SECRET)
    const outcome = await receiveWebhook(post(DEAL, { 'sanity-webhook-signature': signature }), {
      secret: SECRET,
      now,
    })
    expect(outcome.status).toBe(401)
  })

  it('accepts a fresh, valid signature as before, checking it once', async () => {
    const verify = spyVerifier()
    const signature = await encodeSignatureHeader(DEAL, Date.now() - 2000, SECRET)
    const outcome = await receiveWebhook(post(DEAL, { 'sanity-webhook-signature': signature }), {
      secret: SECRET,
      verify,
    })
    expect(outcome).toMatchObject({ status: 200, tags: ['deals'] })
    expect(verify).toHaveBeenCalledTimes(1)
  })

  it('accepts a body of exactly the limit', async () => {
    const body = JSON.stringify({ _id: 'deal-1', _type: 'deal', pad: '' })
    const padded = body.replace(
      '"pad":""',
      `"pad":"${'x'.repeat(MAX_WEBHOOK_BODY_BYTES - body.length)}"`,
    )
    expect(Buffer.byteLength(padded)).toBe(MAX_WEBHOOK_BODY_BYTES)
    const signature = await encodeSignatureHeader(padded, Date.now(), SECRET)
    const outcome = await receiveWebhook(post(padded, { 'sanity-webhook-signature': signature }), {
      secret: SECRET,
    })
    expect(outcome.status).toBe(200)
  })
})
