/**
 * Runs at most one preview refresh at a time: a change announced while a refresh is under way
 * marks the page stale, and one more refresh follows when the running one has been committed
 * (`settled()`). So a fast typist's dozen events cost a few server renders, not twelve, and the
 * last change is always rendered.
 *
 * Why not a fixed gap: Next renders the refreshed page only once its whole RSC stream has
 * arrived, and a refresh started before that aborts the running one. Under load a render streams
 * for longer than any gap, so refreshes on a timer kept aborting each other and the title showed
 * only once the typing (or Presentation's own refreshes) stopped. `stallMs` bounds the wait for
 * a refresh whose commit never gets reported, so the preview can never stop following.
 */
export class RefreshCoalescer {
  private running = false
  private stale = false
  private stall: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly refresh: () => void,
    private readonly stallMs: number,
  ) {}

  /** A change was announced. */
  request(): void {
    if (this.running) {
      this.stale = true
      return
    }
    this.run()
  }

  /** The running refresh was committed (or dropped): run the one the changes since asked for. */
  settled(): void {
    if (!this.running) return
    clearTimeout(this.stall)
    this.running = false
    if (!this.stale) return
    this.stale = false
    this.run()
  }

  /** Whether a refresh is under way. */
  get busy(): boolean {
    return this.running
  }

  /** Forgets everything pending (the page is going away). */
  stop(): void {
    clearTimeout(this.stall)
    this.running = false
    this.stale = false
  }

  private run(): void {
    this.running = true
    this.stall = setTimeout(() => this.settled(), this.stallMs)
    this.refresh()
  }
}
