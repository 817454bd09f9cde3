import type { JsonObject } from '../json'
import type { StoredEvent } from '../store/events'
import type { ReleaseStateChange } from './eventRows'

/** When each version of a group existed, and how the state of each of their releases changed. */
export interface ScheduleTimeline {
  /** Per version id, its changes oldest first: `afterRev` null once deleted. */
  versions: Map<string, { seq: number; afterRev: string | null }[]>
  /** Per release document id, its state changes oldest first. */
  releases: Map<string, ReleaseStateChange[]>
}

/** Builds the timeline from the logged changes of a group's versions and their releases. */
export function scheduleTimeline(
  versionChanges: { seq: number; documentId: string; afterRev: string | null }[],
  releaseChanges: ReleaseStateChange[],
): ScheduleTimeline {
  const versions: ScheduleTimeline['versions'] = new Map()
  for (const { documentId, ...change } of versionChanges)
    versions.set(documentId, [...(versions.get(documentId) ?? []), change])
  const releases: ScheduleTimeline['releases'] = new Map()
  for (const change of releaseChanges)
    releases.set(change.documentId, [...(releases.get(change.documentId) ?? []), change])
  return { versions, releases }
}

/**
 * A release document's state change as the document's event: its version was scheduled for
 * publishing with the release, or unscheduled. Only when the version existed at that moment.
 */
export function scheduleEvent(
  row: StoredEvent,
  publishedId: string,
  timeline: ScheduleTimeline,
): ({ type: string } & JsonObject) | undefined {
  const releaseId = row.documentId.startsWith('_.releases.')
    ? row.documentId.slice('_.releases.'.length)
    : undefined
  if (!releaseId || !row.before || !row.after) return undefined
  const versionId = `versions.${releaseId}.${publishedId}`
  const revision = revisionAt(timeline.versions.get(versionId) ?? [], row.seq)
  if (!revision) return undefined
  const target = { releaseId, versionId, versionRevisionId: revision }
  if (row.after.state === 'scheduled')
    return {
      type: 'scheduleDocumentVersion',
      ...target,
      publishAt: typeof row.after.publishAt === 'string' ? row.after.publishAt : '',
      state: outcome(timeline.releases.get(row.documentId) ?? [], row.seq),
    }
  if (row.before.state === 'scheduled' && row.after.state === 'active')
    return { type: 'unscheduleDocumentVersion', ...target }
  return undefined
}

/** The version's revision just before `seq`, or undefined when it did not exist then. */
function revisionAt(changes: { seq: number; afterRev: string | null }[], seq: number) {
  let revision: string | null = null
  for (const change of changes) {
    if (change.seq >= seq) break
    revision = change.afterRev
  }
  return revision ?? undefined
}

/** What became of a schedule: the release's next state change after it. */
function outcome(changes: ReleaseStateChange[], seq: number): string {
  const next = changes.find((change) => change.seq > seq)
  if (!next) return 'pending'
  return next.after === 'published' ? 'published' : 'unscheduled'
}
