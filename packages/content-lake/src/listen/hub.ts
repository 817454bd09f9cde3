import type { LakeLimits } from '../config/types'
import type { DatasetState } from '../dataset/state'
import { LakeError } from '../errors'
import type { StoredEvent } from '../store/events'
import { errorMessage } from '../errorMessage'
import type { ListenFilter } from './filter'
import { mutationPayload, type PayloadOptions, type Transition } from './payload'
import type { EventStream } from './sse'

/** One open listener. */
export interface Listener {
  dataset: string
  filter: ListenFilter
  payload: PayloadOptions
  /** Whether events for this document id may reach the listener (the read rule, includeAllVersions). */
  sees: (documentId: string) => boolean
  stream: EventStream
  /** Who counts against the per-client cap: the token's name, or the IP address without a token. */
  client: string
}

/** Told synchronously of one committed transaction; must not throw or block. */
export type LiveWatcher = (events: StoredEvent[]) => void

interface ListenerState {
  queue: Promise<void>
  /** Transactions queued but not yet written (the client is not reading fast enough). */
  behind: number
}

type ListenLimits = Pick<LakeLimits, 'maxListeners' | 'maxListenersPerClient' | 'listenerBacklog'>

/**
 * Fans committed transactions out to open listeners. Each listener has its own queue, so its events stay
 * in commit order even though filters are evaluated asynchronously; the queue waits for the client to
 * read (drain) before the next transaction, and a client more than `listenerBacklog` transactions behind
 * is dropped instead of buffered without bound.
 */
export class ListenHub {
  private readonly listeners = new Map<Listener, ListenerState>()
  // Other open event streams (the Live Content API's) that count against the same caps.
  private readonly streams = new Map<object, string>()
  // Callbacks told of every committed transaction of a dataset (the Live Content API's streams).
  private readonly watchers = new Map<LiveWatcher, string>()

  constructor(private readonly limits: ListenLimits) {}

  /** Throws a 429 when another stream for this client would exceed a cap (checked before opening it). */
  admit(client: string): void {
    const { maxListeners, maxListenersPerClient } = this.limits
    if (this.size >= maxListeners)
      throw tooMany(`Max listener limit exceeded at ${maxListeners} (limits.maxListeners)`)
    let mine = 0
    for (const listener of this.listeners.keys()) if (listener.client === client) mine++
    for (const owner of this.streams.values()) if (owner === client) mine++
    if (mine >= maxListenersPerClient)
      throw tooMany(
        `Max listener limit per client exceeded at ${maxListenersPerClient} (limits.maxListenersPerClient); close other event streams first`,
      )
  }

  /** Registers a listener; `first` runs before any live transaction is delivered to it. */
  add(listener: Listener, first: () => Promise<void>): void {
    const state: ListenerState = { queue: Promise.resolve(), behind: 0 }
    this.listeners.set(listener, state)
    state.queue = first().catch((error: unknown) => fail(listener, error))
  }

  /** Unregisters a listener. */
  remove(listener: Listener): void {
    this.listeners.delete(listener)
  }

  /** Counts an open stream that receives no transactions against the caps, until `release`. */
  hold(stream: object, client: string): void {
    this.streams.set(stream, client)
  }

  release(stream: object): void {
    this.streams.delete(stream)
  }

  /** Calls `watcher` with the events of each transaction committed to `dataset`, until `unwatch`. */
  watch(dataset: string, watcher: LiveWatcher): void {
    this.watchers.set(watcher, dataset)
  }

  unwatch(watcher: LiveWatcher): void {
    this.watchers.delete(watcher)
  }

  /** Number of open event streams. */
  get size(): number {
    return this.listeners.size + this.streams.size
  }

  /** Queues one committed transaction for every listener of its dataset. */
  publish(state: DatasetState, events: StoredEvent[]): void {
    for (const [watcher, dataset] of this.watchers) if (dataset === state.name) watcher(events)
    for (const [listener, entry] of this.listeners) {
      if (listener.dataset !== state.name) continue
      if (++entry.behind > this.limits.listenerBacklog) {
        this.listeners.delete(listener)
        listener.stream.drop()
        continue
      }
      entry.queue = entry.queue
        .then(() => deliverTransaction(listener, state, events))
        .then(() => void entry.behind--)
        .catch((error: unknown) => fail(listener, error))
    }
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const listener of this.listeners.keys()) listener.stream.end()
    this.listeners.clear()
    this.streams.clear()
    this.watchers.clear()
  }
}

function tooMany(description: string): LakeError {
  return new LakeError(429, 'listenerLimitError', description)
}

/** A filter that failed (or ran out of time) on a change ends the stream, saying why. */
function fail(listener: Listener, error: unknown): void {
  listener.stream.send('channelError', { message: errorMessage(error) })
  listener.stream.end()
}

/** Sends the events of one transaction that concern a listener, then waits until the client read them. */
export async function deliverTransaction(
  listener: Listener,
  state: DatasetState,
  events: StoredEvent[],
): Promise<void> {
  const matched: Array<{ event: StoredEvent; transition: Transition }> = []
  for (const event of events) {
    // Nothing about a document the caller may not read is sent, not even that it changed.
    if (!listener.sees(event.documentId)) continue
    const before = event.before ? await listener.filter.matches(event.before, state) : false
    const after = event.after ? await listener.filter.matches(event.after, state) : false
    if (before || after)
      matched.push({
        event,
        transition: before && after ? 'update' : after ? 'appear' : 'disappear',
      })
  }
  matched.forEach(({ event, transition }, index) => {
    const payload = mutationPayload(
      event,
      transition,
      { index, total: matched.length },
      listener.payload,
    )
    listener.stream.send('mutation', payload, String(event.seq))
  })
  await listener.stream.drained()
}
