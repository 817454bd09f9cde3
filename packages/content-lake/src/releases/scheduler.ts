import { withoutSystemFields } from '../actions/fail'
import { publishReleaseInto } from '../actions/releasePublish'
import type { DatasetState } from '../dataset/state'
import { errorMessage } from '../errorMessage'
import { randomId } from '../ids'
import type { SanityDocument } from '../json'
import { commitStaging } from '../lake/commit'
import type { LakeCore } from '../lake/core'
import { Staging } from '../mutations/staging'

// setTimeout takes at most a signed 32-bit delay; a release further out is re-armed on the way.
const MAX_DELAY_MS = 2 ** 31 - 1
/** The identity scheduled publishes are recorded under (in events, webhooks and `_rev` history). */
export const SCHEDULER_IDENTITY = 'system:release-scheduler'

/**
 * Publishes scheduled releases at their `publishAt`, with nobody present: one timer for the earliest
 * due release across datasets, re-armed at start and whenever a release document changes. A release
 * that fell due while the lake was down is published at start. Each release publishes in its own
 * transaction (all its versions or none), under the write lock like any other write.
 */
export class ReleaseScheduler {
  private timer: NodeJS.Timeout | undefined
  private stopped = false
  private running: Promise<void> | undefined

  constructor(private readonly core: LakeCore) {}

  /** Arms the timer (publishing anything already due) and follows release changes from now on. */
  start(): void {
    this.core.onReleasesChanged = () => this.arm()
    this.arm()
  }

  /** Stops the timer and waits for a publish in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    await this.running
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    if (this.stopped) return
    const next = earliestDue(this.core)
    if (next === undefined) return
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, next - Date.now()))
    this.timer = setTimeout(() => this.fire(), delay)
  }

  private fire(): void {
    this.timer = undefined
    const run = this.core.writes.run(async () => this.publishDue())
    this.running = run.finally(() => {
      this.running = undefined
      this.arm()
    })
  }

  private async publishDue(): Promise<void> {
    if (this.stopped || this.core.closed) return
    const now = Date.now()
    for (const state of this.core.datasets.values()) {
      for (const release of scheduledReleases(this.core, state)) {
        if (publishTime(release) > now) continue
        this.publishOne(state, release)
      }
    }
  }

  private publishOne(state: DatasetState, release: SanityDocument): void {
    const releaseId =
      typeof release.name === 'string' ? release.name : release._id.slice('_.releases.'.length)
    const staging = new Staging(state, randomId(), new Date().toISOString())
    try {
      publishReleaseInto(staging, release, releaseId)
      commitStaging(this.core, staging, SCHEDULER_IDENTITY)
      this.core.log(`published scheduled release "${releaseId}" in "${state.name}"`)
    } catch (error) {
      // Left scheduled, it would be retried in a tight loop; Sanity too marks a failed release with an error.
      this.core.log(`scheduled release "${releaseId}" failed to publish: ${errorMessage(error)}`)
      const failed = new Staging(state, randomId(), new Date().toISOString())
      const { publishAt: _dropped, ...rest } = withoutSystemFields(release)
      const doc = { ...rest, state: 'active', error: { message: errorMessage(error) } }
      failed.write(release._id, doc, { createOrReplace: doc })
      commitStaging(this.core, failed, SCHEDULER_IDENTITY)
    }
  }
}

function earliestDue(core: LakeCore): number | undefined {
  let earliest: number | undefined
  for (const state of core.datasets.values()) {
    for (const release of scheduledReleases(core, state)) {
      const at = publishTime(release)
      if (earliest === undefined || at < earliest) earliest = at
    }
  }
  return earliest
}

function scheduledReleases(core: LakeCore, state: DatasetState): SanityDocument[] {
  return core.documents
    .idsByType(state.name, ['system.release'])
    .map((id) => state.get(id))
    .filter((doc): doc is SanityDocument => doc?.state === 'scheduled')
}

function publishTime(release: SanityDocument): number {
  const at = typeof release.publishAt === 'string' ? Date.parse(release.publishAt) : NaN
  // A scheduled release without a valid time is due now rather than stuck forever.
  return Number.isNaN(at) ? 0 : at
}
