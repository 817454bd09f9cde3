import type { WebhookConfig } from '../config/types'
import type { Delivery } from '../store/webhookQueue'
import { errorMessage } from '../errorMessage'
import { signatureHeader } from './sign'

/** The outcome of one delivery attempt. */
export interface AttemptOutcome {
  status: number | null
  ms: number
  error: string | null
  ok: boolean
}

const TIMEOUT_MS = 10_000

/** The headers Sanity sends with a GROQ-powered webhook. */
export function webhookHeaders(
  hook: WebhookConfig,
  delivery: Delivery,
  projectId: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'Sanity.io webhook delivery (local content lake)',
    'sanity-operation': delivery.operation,
    'sanity-document-id': delivery.documentId,
    'sanity-transaction-id': delivery.transactionId,
    'sanity-transaction-time': delivery.createdAt,
    'sanity-project-id': projectId,
    'sanity-dataset': delivery.dataset,
    'sanity-webhook-id': hook.name,
    'idempotency-key': delivery.idempotencyKey,
  }
  // Signed per attempt, so the timestamp in the signature is fresh on retries.
  if (hook.secret) headers['sanity-webhook-signature'] = signatureHeader(delivery.body, hook.secret)
  return headers
}

/** POSTs one delivery; 2xx is success, anything else (or no answer within 10 s) a failed attempt. */
export async function attemptDelivery(
  hook: WebhookConfig,
  delivery: Delivery,
  projectId: string,
  stop?: AbortSignal,
): Promise<AttemptOutcome> {
  const started = performance.now()
  try {
    const response = await fetch(hook.url, {
      method: 'POST',
      body: delivery.body,
      headers: webhookHeaders(hook, delivery, projectId),
      signal: stop
        ? AbortSignal.any([stop, AbortSignal.timeout(TIMEOUT_MS)])
        : AbortSignal.timeout(TIMEOUT_MS),
    })
    await response.arrayBuffer()
    const ms = Math.round(performance.now() - started)
    return {
      status: response.status,
      ms,
      error: response.ok ? null : `HTTP ${response.status}`,
      ok: response.ok,
    }
  } catch (error) {
    const ms = Math.round(performance.now() - started)
    return { status: null, ms, error: errorMessage(error), ok: false }
  }
}
