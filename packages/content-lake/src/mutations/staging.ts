import type { DatasetState } from '../dataset/state'
import type { JsonObject, SanityDocument } from '../json'

/** One document's change within a transaction, with the mutations (wire form) that made it. */
export interface Change {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
  mutations: JsonObject[]
}

/**
 * The uncommitted state of a transaction: reads see earlier writes of the same transaction, and nothing
 * reaches the dataset until the whole transaction commits.
 */
export class Staging {
  private readonly changes = new Map<string, Change>()

  constructor(
    readonly state: DatasetState,
    readonly transactionId: string,
    readonly timestamp: string,
  ) {}

  /** The document as this transaction currently sees it. */
  get(id: string): SanityDocument | null {
    const change = this.changes.get(id)
    return change ? change.after : (this.state.get(id) ?? null)
  }

  /** Writes (or with `null`, deletes) a document; system fields are set here. */
  write(id: string, content: JsonObject | null, mutation: JsonObject): SanityDocument | null {
    const previous = this.get(id)
    const after = content ? this.withSystemFields(id, content, previous) : null
    const change = this.changes.get(id)
    if (change) {
      change.after = after
      change.mutations.push(mutation)
    } else {
      this.changes.set(id, { id, before: this.state.get(id) ?? null, after, mutations: [mutation] })
    }
    return after
  }

  /** Ids starting with `prefix` that exist as this transaction sees them, sorted. */
  idsWithPrefix(prefix: string): string[] {
    const ids = new Set(this.state.idsWithPrefix(prefix))
    for (const change of this.changes.values()) {
      if (!change.id.startsWith(prefix)) continue
      if (change.after) ids.add(change.id)
      else ids.delete(change.id)
    }
    return [...ids].sort()
  }

  /** The changed documents, in the order they were first touched. */
  list(): Change[] {
    return [...this.changes.values()]
  }

  private withSystemFields(
    id: string,
    content: JsonObject,
    previous: SanityDocument | null,
  ): SanityDocument {
    const { _rev: _ignoredRev, _id: _ignoredId, _type, _createdAt, ...rest } = content
    if (typeof _type !== 'string') throw new Error(`Document "${id}" has no _type`)
    const createdAt =
      typeof _createdAt === 'string' ? _createdAt : (previous?._createdAt ?? this.timestamp)
    return {
      ...rest,
      _id: id,
      _type,
      _rev: this.transactionId,
      _createdAt: createdAt,
      _updatedAt: this.timestamp,
    }
  }
}
