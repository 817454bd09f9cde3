/**
 * Runs a refresh per burst of change announcements: at most one refresh in flight and one queued,
 * so a fast typist's dozen events cost two server renders, not twelve, and the last change is
 * always rendered (the queued refresh starts after the one in flight, which may predate it).
 */
export class RefreshCoalescer {
  private running = false
  private queued = false

  constructor(private readonly refresh: () => void) {}

  /** A change was announced. */
  request(): void {
    if (this.running) {
      this.queued = true
      return
    }
    this.running = true
    this.refresh()
  }

  /** The refresh in flight finished: start the queued one, if any. */
  settled(): void {
    if (!this.running) return
    if (!this.queued) {
      this.running = false
      return
    }
    this.queued = false
    this.refresh()
  }
}
