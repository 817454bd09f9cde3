/** Bounds on one GROQ evaluation (a query, a listen filter on a document, a webhook filter or projection). */
export interface EvaluationLimits {
  /** Wall-clock time an evaluation may take. */
  timeoutMs: number
  /** Array items an evaluation may visit (every element of every array it iterates, at any depth). */
  maxWork: number
}

/** Why an evaluation was stopped. */
export type StopReason = 'timeout' | 'work' | 'shutdown'

/** Thrown inside groq-js's iteration when an evaluation runs out of time or work, or the lake shuts down. */
export class EvaluationStopped extends Error {
  constructor(
    readonly reason: StopReason,
    readonly limits: EvaluationLimits,
  ) {
    super(
      reason === 'timeout'
        ? `Query timed out after ${limits.timeoutMs} ms (limits.queryTimeoutMs)`
        : reason === 'work'
          ? `Query visited more than ${limits.maxWork} items (limits.maxQueryWork); narrow it with filters or slices`
          : 'The lake is shutting down',
    )
    this.name = 'EvaluationStopped'
  }
}

// Checking the clock costs more than counting, so it happens every CHECK_EVERY items.
const CHECK_EVERY = 256
// Other requests wait at most about this long for a running evaluation to give way.
const YIELD_AFTER_MS = 10

/**
 * The budget of one running evaluation. groq-js evaluates with promises only, which never let the event
 * loop serve I/O, so the guard both stops a runaway (deadline, work budget, shutdown) and makes it pause
 * regularly (a macrotask turn) so /health, other queries and SIGTERM are handled while it runs.
 */
export class EvaluationGuard {
  private work = 0
  private nextCheck = CHECK_EVERY
  private readonly deadline: number
  private lastPause: number

  constructor(
    readonly limits: EvaluationLimits,
    private readonly signal?: AbortSignal,
  ) {
    this.lastPause = performance.now()
    this.deadline = this.lastPause + limits.timeoutMs
  }

  /** Counts one visited item; returns a promise to wait on when the evaluation should give way. */
  step(): Promise<void> | undefined {
    if (++this.work < this.nextCheck) return undefined
    this.nextCheck = this.work + CHECK_EVERY
    this.check()
    return performance.now() - this.lastPause < YIELD_AFTER_MS ? undefined : this.pause()
  }

  /** Throws EvaluationStopped when the evaluation must end. */
  check(): void {
    if (this.signal?.aborted) throw new EvaluationStopped('shutdown', this.limits)
    if (this.work > this.limits.maxWork) throw new EvaluationStopped('work', this.limits)
    if (performance.now() > this.deadline) throw new EvaluationStopped('timeout', this.limits)
  }

  private async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    this.lastPause = performance.now()
    this.check()
  }
}
