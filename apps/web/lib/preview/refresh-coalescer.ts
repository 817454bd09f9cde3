/**
 * Runs one refresh per burst of change announcements: one at once, then at most one more per
 * `gapMs`, so a fast typist's dozen events cost a few server renders, not twelve, and the last
 * change is always rendered (a change during the gap queues one trailing refresh). Next's router
 * runs refreshes one after another itself; the gap keeps that queue short. A time gap rather than
 * "until the render finished": a refresh transition stays pending until every streamed part of
 * the page has arrived, which measured far longer than the render that shows the title.
 */
export class RefreshCoalescer {
  private lastRun = -Infinity
  private queued: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly refresh: () => void,
    private readonly gapMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A change was announced. */
  request(): void {
    if (this.queued !== undefined) return
    const wait = this.lastRun + this.gapMs - this.now()
    if (wait <= 0) {
      this.run()
      return
    }
    this.queued = setTimeout(() => {
      this.queued = undefined
      this.run()
    }, wait)
  }

  /** Drops the queued refresh (the page is going away). */
  stop(): void {
    clearTimeout(this.queued)
    this.queued = undefined
  }

  private run(): void {
    this.lastRun = this.now()
    this.refresh()
  }
}
