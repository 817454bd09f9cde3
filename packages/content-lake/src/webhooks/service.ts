import type { LakeCore } from '../lake/core'
import type { Delivery, NewDelivery } from '../store/webhookQueue'
import { attemptDelivery } from './deliver'
import { queryLimitsOf } from '../query/limits'
import { deliveriesFor } from './trigger'
import { errorMessage } from '../errorMessage'

const BATCH = 8
const MAX_DELAY_MS = 3_600_000

/**
 * Queues and delivers webhooks. After each commit it turns the pending events into deliveries (in one
 * SQLite transaction with clearing their pending mark), then sends due deliveries, retrying failures with
 * exponential backoff until they succeed or run out of attempts. Pending work survives restarts.
 */
export class WebhookService {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private again = false
  private stopped = false
  private readonly abort = new AbortController()

  constructor(private readonly core: LakeCore) {}

  /** Starts processing (including anything left over from before a restart). */
  start(): void {
    this.core.onHooksPending = () => this.kick()
    this.kick()
  }

  /** Stops after the current cycle; queued deliveries stay for the next start. */
  async stop(): Promise<void> {
    this.stopped = true
    this.abort.abort()
    if (this.timer) clearTimeout(this.timer)
    await this.running
  }

  /** Runs a cycle soon (or again right after the current one). */
  kick(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.cycle().finally(() => {
      this.running = undefined
      if (this.again) {
        this.again = false
        this.kick()
      } else this.scheduleNext()
    })
  }

  private async cycle(): Promise<void> {
    try {
      await this.queuePendingEvents()
      let due = this.core.webhookQueue.due(Date.now(), BATCH)
      while (due.length > 0 && !this.stopped) {
        await Promise.all(due.map((delivery) => this.send(delivery)))
        due = this.core.webhookQueue.due(Date.now(), BATCH)
      }
    } catch (error) {
      if (!this.core.closed) this.core.log(`webhooks: ${errorMessage(error)}`)
    }
  }

  private async queuePendingEvents(): Promise<void> {
    const { core } = this
    for (const event of core.events.pendingHooks()) {
      const state = core.datasets.get(event.dataset)
      let deliveries: NewDelivery[] = []
      try {
        deliveries = state
          ? await deliveriesFor(core.config.webhooks, event, state, {
              projectId: core.config.projectId,
              limits: queryLimitsOf(core.config.limits),
              signal: core.shutdown.signal,
              onHookError: (hook, error) =>
                core.log(
                  `webhook "${hook}": skipping ${event.documentId} in ${event.transactionId}: ${errorMessage(error)}`,
                ),
            })
          : []
      } catch (error) {
        // A filter or projection that fails on this document must not hold up the changes after it.
        core.log(
          `webhooks: skipping ${event.documentId} in ${event.transactionId}: ${errorMessage(error)}`,
        )
      }
      if (this.stopped) return
      core.db.transaction(() => {
        for (const delivery of deliveries) core.webhookQueue.enqueue(delivery)
        core.events.clearHooks(event.seq)
      })()
    }
  }

  private async send(delivery: Delivery): Promise<void> {
    const hook = this.core.config.webhooks.find((h) => h.name === delivery.webhook)
    const attempt = delivery.attempts + 1
    if (!hook) {
      this.core.webhookQueue.recordAttempt(
        delivery.id,
        { number: attempt, status: null, ms: 0, error: 'webhook is no longer configured' },
        { state: 'failed', at: Date.now() },
      )
      return
    }
    const outcome = await attemptDelivery(
      hook,
      delivery,
      this.core.config.projectId,
      this.abort.signal,
    )
    // A delivery cut short by shutdown stays pending with its attempt count unchanged.
    if (this.stopped || this.core.closed) return
    const giveUp = !outcome.ok && attempt >= hook.maxAttempts
    const delay = Math.min(MAX_DELAY_MS, hook.retryDelayMs * 2 ** (attempt - 1))
    const state = outcome.ok ? 'delivered' : giveUp ? 'failed' : 'pending'
    this.core.webhookQueue.recordAttempt(
      delivery.id,
      { number: attempt, status: outcome.status, ms: outcome.ms, error: outcome.error },
      { state, at: Date.now() + (state === 'pending' ? delay : 0) },
    )
    const result = outcome.status === null ? outcome.error : String(outcome.status)
    const next =
      state === 'pending' ? `, retry in ${delay} ms` : state === 'failed' ? ', giving up' : ''
    this.core.log(
      `webhook "${hook.name}" ${delivery.operation} ${delivery.documentId}: attempt ${attempt} -> ${result} in ${outcome.ms} ms${next}`,
    )
  }

  private scheduleNext(): void {
    if (this.stopped || this.core.closed) return
    const next = this.core.webhookQueue.nextDueAt()
    if (next === undefined) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.kick(), Math.max(0, next - Date.now()))
    this.timer.unref()
  }
}
