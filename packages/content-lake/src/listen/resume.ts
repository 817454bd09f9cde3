import type { LakeCore } from '../lake/core'
import type { StoredEvent } from '../store/events'

/** How a new listener starts: its first event, and the logged transactions to replay after it. */
export interface ReplayPlan {
  greeting: 'welcome' | 'welcomeback' | 'reset'
  transactions: StoredEvent[][]
  /**
   * The greeting's event id: where this stream starts in the log (the newest event for a fresh stream, the
   * client's Last-Event-ID for a resumed one), so a reconnect before any mutation event still loses nothing.
   */
  greetingId: number
}

/**
 * Plans a (re)connection. With a Last-Event-ID still covered by the event log, every transaction after it
 * is replayed (after `welcomeback` when the client asked for resumable listening, else `welcome`). A
 * Last-Event-ID the log cannot cover gives `reset` to resumable listeners and `welcome` to others.
 * Reading the log happens synchronously, in the same tick the listener is registered, so no commit can
 * fall between the replay and the live events.
 */
export function replayPlan(
  core: LakeCore,
  dataset: string,
  lastEventId: string | undefined,
  enableResume: boolean,
): ReplayPlan {
  const { first, last } = core.events.bounds()
  const seq =
    lastEventId !== undefined && /^\d+$/.test(lastEventId) ? Number(lastEventId) : undefined
  if (seq === undefined)
    return {
      greeting: lastEventId && enableResume ? 'reset' : 'welcome',
      transactions: [],
      greetingId: last,
    }
  const covered = seq <= last && (seq >= first - 1 || first === 0)
  if (!covered)
    return { greeting: enableResume ? 'reset' : 'welcome', transactions: [], greetingId: last }
  return {
    greeting: enableResume ? 'welcomeback' : 'welcome',
    transactions: groupByTransaction(core.events.since(dataset, seq)),
    greetingId: seq,
  }
}

function groupByTransaction(events: StoredEvent[]): StoredEvent[][] {
  const groups: StoredEvent[][] = []
  for (const event of events) {
    const current = groups[groups.length - 1]
    if (current && current[0]?.transactionId === event.transactionId) current.push(event)
    else groups.push([event])
  }
  return groups
}
