import { surrogateKey } from '../proxy-cache/surrogate-keys'

export interface ProxyPurgeTarget {
  purgeUrls: string[]
  secret: string | undefined
}

const PURGE_TIMEOUT_MS = 5_000

/** One proxy: an authenticated PURGE of the tags (deploy/varnish/storefront.vcl). */
async function purgeOne(url: string, secret: string, keys: string): Promise<void> {
  const response = await fetch(url, {
    method: 'PURGE',
    headers: { 'xkey-purge': keys, 'x-purge-token': secret },
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`answered ${response.status}`)
}

/**
 * Marks every page carrying one of `tags` stale in each caching proxy, so the next request there
 * renders fresh. A proxy that cannot be reached is reported, not retried: its pages then stay until
 * their s-maxage runs out, as they would behind a CDN that missed a purge.
 */
export async function purgeProxies(
  tags: string[],
  target: ProxyPurgeTarget,
  report: (message: string) => void = console.error,
): Promise<void> {
  const { purgeUrls, secret } = target
  if (tags.length === 0 || purgeUrls.length === 0 || !secret) return
  const keys = tags.map(surrogateKey).join(' ')
  const started = performance.now()
  const outcomes = await Promise.allSettled(purgeUrls.map((url) => purgeOne(url, secret, keys)))
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'rejected')
      report(`[revalidate] proxy purge at ${purgeUrls[index]} failed: ${String(outcome.reason)}`)
  })
  // The benchmark times the publish path by this line (tests/bench/proxy.mjs).
  const ms = Math.round(performance.now() - started)
  console.log(`[revalidate] proxies purged of ${tags.length} tags in ${ms} ms`)
}
