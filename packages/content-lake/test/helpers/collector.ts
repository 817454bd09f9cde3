import type { Observable, Subscription } from 'rxjs'

/** Collects an observable's values so a test can await the one it expects, without sleeping. */
export class Collector<T> {
  readonly values: T[] = []
  private readonly waiters: Array<{ test: (value: T) => boolean; resolve: (value: T) => void }> = []
  private readonly subscription: Subscription
  error: unknown

  constructor(source: Observable<T>) {
    this.subscription = source.subscribe({
      next: (value) => {
        this.values.push(value)
        for (const waiter of [...this.waiters]) {
          if (waiter.test(value)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1)
            waiter.resolve(value)
          }
        }
      },
      error: (error: unknown) => {
        this.error = error
      },
    })
  }

  /** Resolves with the first value (already seen or future) that passes `test`; rejects after `ms`. */
  waitFor(test: (value: T) => boolean, ms = 5000): Promise<T> {
    const seen = this.values.find(test)
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`no matching value within ${ms} ms; got ${JSON.stringify(this.values)}`),
          ),
        ms,
      )
      this.waiters.push({
        test,
        resolve: (value) => {
          clearTimeout(timer)
          resolve(value)
        },
      })
    })
  }

  /** Unsubscribes. */
  stop(): void {
    this.subscription.unsubscribe()
  }
}
