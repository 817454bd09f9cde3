import { isHiddenFromAnonymous, type DatasetState } from '../dataset/state'
import type { StoredEvent } from '../store/events'
import type { ListenFilter } from './filter'
import { mutationPayload, type PayloadOptions, type Transition } from './payload'
import type { EventStream } from './sse'

/** One open listener. */
export interface Listener {
  dataset: string
  filter: ListenFilter
  payload: PayloadOptions
  /** Whether events for drafts and versions may be sent to this listener. */
  showDrafts: boolean
  stream: EventStream
}

/**
 * Fans committed transactions out to open listeners. Each listener has its own queue, so its events stay
 * in commit order even though filters are evaluated asynchronously.
 */
export class ListenHub {
  private readonly queues = new Map<Listener, Promise<void>>()

  /** Registers a listener; `first` runs before any live transaction is delivered to it. */
  add(listener: Listener, first: () => Promise<void>): void {
    this.queues.set(
      listener,
      first().catch(() => listener.stream.end()),
    )
  }

  /** Unregisters a listener. */
  remove(listener: Listener): void {
    this.queues.delete(listener)
  }

  /** Number of open listeners. */
  get size(): number {
    return this.queues.size
  }

  /** Queues one committed transaction for every listener of its dataset. */
  publish(state: DatasetState, events: StoredEvent[]): void {
    for (const [listener, queue] of this.queues) {
      if (listener.dataset !== state.name) continue
      this.queues.set(
        listener,
        queue
          .then(() => deliverTransaction(listener, state, events))
          .catch(() => listener.stream.end()),
      )
    }
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const listener of this.queues.keys()) listener.stream.end()
    this.queues.clear()
  }
}

/** Sends the events of one transaction that concern a listener, numbered within the transaction. */
export async function deliverTransaction(
  listener: Listener,
  state: DatasetState,
  events: StoredEvent[],
): Promise<void> {
  const matched: Array<{ event: StoredEvent; transition: Transition }> = []
  for (const event of events) {
    if (!listener.showDrafts && isHiddenFromAnonymous(event.documentId)) continue
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
}
