/**
 * Preview secrets this server has already turned into a draft-mode cookie. A preview URL carries
 * its secret in the query string (browser history, logs, a copied link), and Sanity accepts a secret
 * for an hour: remembering used ones lets the handshake refuse the same URL from another browser.
 */
export class UsedSecrets {
  private readonly expiries = new Map<string, number>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this secret already opened a preview and may still be valid at the lake. */
  has(secret: string): boolean {
    const expiry = this.expiries.get(secret)
    return expiry !== undefined && expiry > this.now()
  }

  /** Records a secret that just enabled draft mode. */
  remember(secret: string): void {
    this.prune()
    // Full of live secrets: forget the oldest (Map keeps insertion order); it would then be
    // accepted once more, which is what Sanity itself allows.
    if (this.expiries.size >= this.maxEntries) {
      const oldest = this.expiries.keys().next()
      if (!oldest.done) this.expiries.delete(oldest.value)
    }
    this.expiries.set(secret, this.now() + this.ttlMs)
  }

  private prune(): void {
    const now = this.now()
    for (const [secret, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(secret)
  }
}
