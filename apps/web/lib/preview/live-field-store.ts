import type { FieldValues, LiveField } from './live-fields'

/** Reads the current values of the given documents' fields (the fields route, in the browser). */
export type ReadFields = (ids: readonly string[]) => Promise<FieldValues>

interface Override {
  value: string
  /** The change announcement whose read produced it. */
  stamp: number
}

const keyOf = (id: string, field: LiveField) => `${id}#${field}`

/**
 * What the preview shows for its live plain-text fields between a change in the lake and the
 * server render of it. Each announced change gets a stamp and starts one read of the registered
 * fields; the values read override what the server rendered, at once. The server render stays the
 * truth: a render asked for after a read (its stamp at least the read's) replaces that read's
 * values once React has committed it, and a read older than a committed render is dropped, so
 * the text never steps back to an older value. A server value equal to the override ends it too
 * (a render the store did not ask for, e.g. Presentation's).
 */
export class LiveFieldStore {
  private clock = 0
  /** The newest read applied, and the newest render committed: older reads are stale. */
  private shown = 0
  private readonly overrides = new Map<string, Override>()
  private readonly registered = new Map<string, { id: string; field: LiveField; count: number }>()
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly read: ReadFields,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** A component shows `field` of document `id`; call the returned function when it goes. */
  register(id: string, field: LiveField): () => void {
    const key = keyOf(id, field)
    const entry = this.registered.get(key) ?? { id, field, count: 0 }
    entry.count += 1
    this.registered.set(key, entry)
    let registered = true
    return () => {
      if (!registered) return
      registered = false
      entry.count -= 1
      if (entry.count === 0) this.registered.delete(key)
    }
  }

  /** The documents shown, each once. */
  documentIds(): string[] {
    return [...new Set([...this.registered.values()].map((entry) => entry.id))]
  }

  /** The lake announced a change: read the shown fields again. Resolves once applied (or dropped). */
  async changed(): Promise<void> {
    const stamp = ++this.clock
    const ids = this.documentIds()
    if (ids.length === 0) return
    let values: FieldValues
    try {
      values = await this.read(ids)
    } catch (error) {
      this.onError(error)
      return
    }
    this.apply(stamp, values)
  }

  /** The stamp of a server render asked for now: it sees every change announced so far. */
  renderAsked(): number {
    return this.clock
  }

  /** The render asked for at `stamp` is on screen: its values replace every read up to it. */
  renderCommitted(stamp: number): void {
    this.shown = Math.max(this.shown, stamp)
    let dropped = false
    for (const [key, override] of this.overrides)
      if (override.stamp <= stamp) dropped = this.overrides.delete(key) || dropped
    if (dropped) this.notify()
  }

  /** The server rendered `value` for the field: an override showing the same is no longer needed. */
  serverShows(id: string, field: LiveField, value: string): void {
    const key = keyOf(id, field)
    if (this.overrides.get(key)?.value !== value) return
    this.overrides.delete(key)
    this.notify()
  }

  /**
   * Everything read so far is void (the preview switched perspective): forget it, drop reads
   * still under way, and read again.
   */
  reset(): Promise<void> {
    this.shown = this.clock
    const had = this.overrides.size > 0
    this.overrides.clear()
    if (had) this.notify()
    return this.changed()
  }

  /** The value to show instead of the server's, if any. */
  value(id: string, field: LiveField): string | undefined {
    return this.overrides.get(keyOf(id, field))?.value
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private apply(stamp: number, values: FieldValues): void {
    if (stamp <= this.shown) return
    this.shown = stamp
    let changed = false
    for (const [key, { id, field }] of this.registered) {
      const value = values[id]?.[field]
      if (value === undefined) continue
      // Same text, newer read: only a render asked for after this read may replace it.
      changed ||= this.overrides.get(key)?.value !== value
      this.overrides.set(key, { value, stamp })
    }
    if (changed) this.notify()
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}
