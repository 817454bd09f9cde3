import { LakeError } from '../errors'
import type { RawResponse } from './raw'
import { errorMessage } from '../errorMessage'

/** Sends a JSON body. No `Connection` header is ever set: HTTP/2 forbids it and Node manages it for 1.1. */
export function sendJson(
  res: RawResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJsonText(res, status, JSON.stringify(body), headers)
}

/** Sends an already serialized JSON body. */
export function sendJsonText(
  res: RawResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  if (res.writableEnded) return
  if (res.headersSent) {
    res.end()
    return
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(text)
}

/** Sends an error in Sanity's `{error: {description, type}}` shape. */
export function sendError(
  res: RawResponse,
  error: LakeError,
  headers: Record<string, string> = {},
): void {
  sendJson(res, error.status, error.toBody(), headers)
}

/** Turns anything thrown by a handler into a LakeError (unknown errors become a 500 with their message). */
export function toLakeError(error: unknown): LakeError {
  if (error instanceof LakeError) return error
  const message = errorMessage(error)
  return new LakeError(500, 'internalError', `Internal error: ${message}`)
}
