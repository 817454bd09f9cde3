/**
 * Load-test clients: each submission is posted as the enhanced form posts it, and retried with the
 * same idempotency key while the answer is a failure (a 5xx, a 429 or no answer at all).
 */

export interface SubmitOutcome {
  key: string
  /** The endpoint answered 202: the comment must be stored. */
  acknowledged: boolean
  statuses: (number | 'network')[]
  /** Milliseconds of each attempt. */
  latencies: number[]
}

export interface RetryPolicy {
  maxAttempts: number
  /** Backoff of the first retry; doubles up to `maxBackoffMs`. */
  backoffMs: number
  maxBackoffMs: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Posts one submission until it is acknowledged, refused for good (4xx) or out of attempts. */
export async function submitWithRetries(
  endpoint: string,
  key: string,
  fields: URLSearchParams,
  policy: RetryPolicy,
): Promise<SubmitOutcome> {
  const outcome: SubmitOutcome = { key, acknowledged: false, statuses: [], latencies: [] }
  for (let attempt = 0; attempt < policy.maxAttempts; attempt += 1) {
    const started = performance.now()
    let status: number | 'network'
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: fields,
        signal: AbortSignal.timeout(30_000),
      })
      await response.arrayBuffer()
      status = response.status
    } catch {
      status = 'network'
    }
    outcome.latencies.push(performance.now() - started)
    outcome.statuses.push(status)
    if (status === 202) return { ...outcome, acknowledged: true }
    if (typeof status === 'number' && status < 500 && status !== 429) return outcome
    await sleep(Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** attempt))
  }
  return outcome
}

/** Runs `work` over `items` with `concurrency` workers (each a "client"). */
export async function inPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next
      next += 1
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
