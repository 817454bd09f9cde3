import { isReleaseDocumentId } from '../ids'
import type { Staging } from '../mutations/staging'
import type { StoredEvent } from '../store/events'
import type { LakeCore } from './core'

// Pruning the event log on every commit would cost a query each time; every 256 commits is plenty.
let commitsSincePrune = 0

/**
 * Commits a transaction: one SQLite transaction writes the documents and their events (fsynced before
 * this returns), then the in-memory dataset is updated and listeners are told. Webhooks are marked
 * pending in the same SQLite transaction, so a crash after the commit cannot lose them.
 */
export function commitStaging(core: LakeCore, staging: Staging, identity: string): StoredEvent[] {
  const changes = staging.list()
  if (changes.length === 0) return []
  const dataset = staging.state.name
  const hooksPending = core.config.webhooks.some((hook) => hook.dataset === dataset)
  const write = core.db.transaction((): StoredEvent[] =>
    changes.map((change) => {
      if (change.after) core.documents.put(dataset, change.after)
      else core.documents.delete(dataset, change.id)
      const event = {
        dataset,
        transactionId: staging.transactionId,
        documentId: change.id,
        before: change.before,
        after: change.after,
        mutations: change.mutations,
        identity,
        timestamp: staging.timestamp,
      }
      return { ...event, seq: core.events.append(event, hooksPending) }
    }),
  )
  const events = write()
  staging.state.apply(changes)
  core.hub.publish(staging.state, events)
  if (hooksPending) core.onHooksPending()
  if (changes.some((change) => isReleaseDocumentId(change.id))) core.onReleasesChanged()
  if (++commitsSincePrune >= 256) {
    commitsSincePrune = 0
    core.events.prune()
  }
  return events
}
