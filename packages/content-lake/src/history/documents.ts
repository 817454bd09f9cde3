import type { SanityDocument } from '../json'
import type { StoredEvent } from '../store/events'

/** Which revision of each document a `/data/history/:dataset/documents/:ids` request asked for. */
export type RevisionSelector =
  { kind: 'revision'; rev: string } | { kind: 'time'; at: number } | { kind: 'lastRevision' }

/**
 * The document `id` as it was at the selected revision, from its logged changes (oldest first) and
 * its current value: the revision whose `_rev` is `rev`; the value it had at a time; or its last
 * revision, which for a deleted document (a published release's version) is the one before deletion.
 */
export function documentAt(
  id: string,
  events: StoredEvent[],
  current: SanityDocument | undefined,
  selector: RevisionSelector,
): SanityDocument | undefined {
  const own = events.filter((event) => event.documentId === id)
  switch (selector.kind) {
    case 'revision': {
      if (current?._rev === selector.rev) return current
      return own.find((event) => event.after?._rev === selector.rev)?.after ?? undefined
    }
    case 'time': {
      const before = own.filter((event) => Date.parse(event.timestamp) <= selector.at)
      const last = before[before.length - 1]
      if (last) return last.after ?? undefined
      // Every logged change is later: the value before the first, or (none logged) the current one if it is that old.
      const first = own[0]
      if (first) return first.before ?? undefined
      const updatedAt =
        typeof current?._updatedAt === 'string' ? Date.parse(current._updatedAt) : NaN
      return updatedAt <= selector.at ? current : undefined
    }
    case 'lastRevision': {
      if (current) return current
      for (let i = own.length - 1; i >= 0; i--) {
        const value = own[i]?.after ?? own[i]?.before
        if (value) return value
      }
      return undefined
    }
  }
}
