import { draftIdOf, isPublishedId, isVersionId, publishedIdOf } from '../ids'
import type { SanityDocument } from '../json'
import { ResultCache } from '../query/resultCache'
import { shareTexts } from '../query/textIndex'
import { TextIndexer } from '../query/textIndexer'
import { isRootPathId } from '../ids'
import { buildStack, isStackName, stackLayers, stackSlot, type StackName } from './stack'
import { View } from './view'

/** The perspectives a query can read through: the fixed ones and release stacks. */
export type Perspective = 'raw' | 'published' | 'drafts' | StackName

/** A view of a dataset: one per perspective for token holders, and the public view for everyone else. */
export type ViewName = Perspective | 'public'

/** The perspectives kept up to date on every change (release stacks are built on demand). */
type FixedView = Exclude<ViewName, StackName>

/**
 * A dataset held in memory: the raw documents, one view per perspective and the public view (what callers
 * without a token may read, see canRead), all updated per transaction.
 */
export class DatasetState {
  private readonly docs = new Map<string, SanityDocument>()
  private readonly typeCounts = new Map<string, number>()
  readonly views: Record<FixedView, View> = {
    raw: new View(),
    published: new View(),
    drafts: new View(),
    public: new View(),
  }
  // Release stacks are many and rarely read, so each is built when first read and dropped on any change.
  private readonly stacks = new Map<StackName, View>()
  /** Query results valid until the next change. */
  readonly results = new ResultCache()
  /** Splits new document versions' texts into words for `match` in the background. */
  readonly texts = new TextIndexer()

  constructor(readonly name: string) {}

  /** The stored document with this exact id. */
  get(id: string): SanityDocument | undefined {
    return this.docs.get(id)
  }

  /** Ids of stored documents starting with `prefix` (a release's versions; a scan, as releases are rare). */
  idsWithPrefix(prefix: string): string[] {
    return [...this.docs.keys()].filter((id) => id.startsWith(prefix))
  }

  /** Number of stored documents (drafts included). */
  get size(): number {
    return this.docs.size
  }

  /** How many stored documents have this `_type` (to tell selective type filters from broad ones). */
  typeCount(type: string): number {
    return this.typeCounts.get(type) ?? 0
  }

  /** Applies committed changes (`after: null` deletes) to the documents and every view. */
  apply(changes: ReadonlyArray<{ id: string; after: SanityDocument | null }>): void {
    this.results.clear()
    this.stacks.clear()
    for (const { id, after } of changes) {
      const before = this.docs.get(id)
      if (before) this.typeCounts.set(before._type, this.typeCount(before._type) - 1)
      if (after) this.typeCounts.set(after._type, this.typeCount(after._type) + 1)
      if (after) this.docs.set(id, after)
      else this.docs.delete(id)
    }
    this.texts.add(changes.flatMap(({ after }) => (after ? [after] : [])))
    this.views.raw.apply(changes.map(({ id, after }) => [id, after]))
    this.views.published.apply(
      changes.filter(({ id }) => isPublishedId(id)).map(({ id, after }) => [id, after]),
    )
    this.views.public.apply(
      changes.filter(({ id }) => isRootPathId(id)).map(({ id, after }) => [id, after]),
    )
    const overlaid = new Set(
      changes
        .map(({ id }) => id)
        .filter((id) => !isVersionId(id))
        .map(publishedIdOf),
    )
    this.views.drafts.apply([...overlaid].map((key) => [key, this.overlay(key)]))
  }

  /** The view a perspective reads through. */
  view(name: ViewName): View {
    if (!isStackName(name)) return this.views[name]
    let view = this.stacks.get(name)
    if (!view) {
      view = new View()
      view.apply(buildStack(stackLayers(name), this.docs.values()))
      this.stacks.set(name, view)
    }
    return view
  }

  /** Maps a stored id to the key it appears under in a view (undefined when hidden there). */
  keyIn(view: ViewName, id: string): string | undefined {
    switch (view) {
      case 'raw':
        return id
      case 'public':
        return isRootPathId(id) ? id : undefined
      case 'published':
        return isPublishedId(id) ? id : undefined
      case 'drafts':
        return isVersionId(id) ? undefined : publishedIdOf(id)
      default:
        return stackSlot(stackLayers(view), id)?.key
    }
  }

  /** The drafts perspective's document for a published id: the draft if any, else the published one. */
  private overlay(publishedId: string): SanityDocument | null {
    const source = this.docs.get(draftIdOf(publishedId)) ?? this.docs.get(publishedId)
    if (!source) return null
    const copy = { ...source, _id: publishedId, _originalId: source._id }
    shareTexts(copy, source)
    return copy
  }
}
