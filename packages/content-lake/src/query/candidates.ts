import type { ViewName } from '../dataset/access'
import type { DatasetState } from '../dataset/state'
import type { SanityDocument } from '../json'
import type { DocumentTable } from '../store/documents'
import type { Constraint } from './constraints'

/** Above this share of the view, a candidate list costs more than it saves; scan instead. */
const MAX_SHARE = 0.5

/**
 * Candidates for a `*[filter]` from the indexes: `_id` straight from the view, `slug.current` and `_type`
 * from SQLite's indexes on stored documents, mapped to the keys they appear under in the view.
 * Returns documents sorted by `_id` (the order of a full scan), or null to scan everything.
 */
export function findCandidates(
  state: DatasetState,
  table: DocumentTable,
  viewName: ViewName,
  constraints: Constraint[],
): SanityDocument[] | null {
  const view = state.view(viewName)
  const keys = candidateKeys(state, table, viewName, constraints)
  if (keys === undefined) return null
  const docs: SanityDocument[] = []
  for (const key of keys) {
    const doc = view.get(key)
    if (doc) docs.push(doc)
  }
  if (docs.length > 64 && docs.length > view.size * MAX_SHARE) return null
  return docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

function candidateKeys(
  state: DatasetState,
  table: DocumentTable,
  viewName: ViewName,
  constraints: Constraint[],
): Set<string> | undefined {
  const byId = constraints.find((c) => c.field === '_id')
  if (byId) return new Set(byId.values)
  const indexed =
    constraints.find((c) => c.field === 'slug') ?? constraints.find((c) => c.field === '_type')
  if (!indexed) return undefined
  if (indexed.field === '_type') {
    // A type most documents share is no narrowing at all: skip fetching its ids.
    const count = indexed.values.reduce((sum, type) => sum + state.typeCount(type), 0)
    if (count > 64 && count > state.size * MAX_SHARE) return undefined
  }
  const ids =
    indexed.field === 'slug'
      ? table.idsBySlug(state.name, indexed.values)
      : table.idsByType(state.name, indexed.values)
  const keys = new Set<string>()
  for (const id of ids) {
    const key = state.keyIn(viewName, id)
    if (key !== undefined) keys.add(key)
  }
  return keys
}
