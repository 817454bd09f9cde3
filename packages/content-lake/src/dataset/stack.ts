import { isDraftId, parseVersionId, publishedIdOf } from '../ids'
import type { SanityDocument } from '../json'

/**
 * A release perspective, named `stack:<releaseId>,...[,drafts]`: the listed releases' versions, highest
 * priority first, overlaid on the drafts (when `drafts` is listed) and on the published documents.
 */
export type StackName = `stack:${string}`

/** True for a release perspective's view name. */
export function isStackName(name: string): name is StackName {
  return name.startsWith('stack:')
}

/** The layers of a release perspective. */
export interface StackLayers {
  releases: string[]
  drafts: boolean
}

/** The view name of a release perspective. */
export function stackName(layers: StackLayers): StackName {
  return `stack:${[...layers.releases, ...(layers.drafts ? ['drafts'] : [])].join(',')}`
}

/** The layers a stack view name stands for. */
export function stackLayers(name: StackName): StackLayers {
  const names = name.slice('stack:'.length).split(',')
  return { releases: names.filter((n) => n !== 'drafts'), drafts: names.includes('drafts') }
}

/**
 * The key a stored document shows under in a release perspective, and its priority there (lower wins),
 * or undefined when the perspective hides it (drafts when not listed, versions of other releases).
 */
export function stackSlot(
  layers: StackLayers,
  id: string,
): { key: string; rank: number } | undefined {
  const version = parseVersionId(id)
  if (version) {
    const rank = layers.releases.indexOf(version.releaseId)
    return rank < 0 ? undefined : { key: version.publishedId, rank }
  }
  if (isDraftId(id))
    return layers.drafts ? { key: publishedIdOf(id), rank: layers.releases.length } : undefined
  return { key: id, rank: layers.releases.length + 1 }
}

/**
 * Builds a release perspective from every stored document: per published id, the highest-priority layer
 * that has it, shown under the published id with `_originalId` naming the stored document. A version
 * marked for unpublishing (`_system.delete`) hides the document, as it will be gone once the release is
 * published.
 */
export function buildStack(
  layers: StackLayers,
  docs: Iterable<SanityDocument>,
): Array<[string, SanityDocument]> {
  const best = new Map<string, { rank: number; doc: SanityDocument }>()
  for (const doc of docs) {
    const slot = stackSlot(layers, doc._id)
    if (!slot) continue
    const current = best.get(slot.key)
    if (!current || slot.rank < current.rank) best.set(slot.key, { rank: slot.rank, doc })
  }
  const entries: Array<[string, SanityDocument]> = []
  for (const [key, { doc }] of best) {
    if (isMarkedForUnpublish(doc)) continue
    entries.push([key, { ...doc, _id: key, _originalId: doc._id }])
  }
  return entries
}

/** True for a version that unpublishes its document when its release is published. */
export function isMarkedForUnpublish(doc: SanityDocument): boolean {
  const system = doc._system
  return typeof system === 'object' && system !== null && !Array.isArray(system)
    ? system.delete === true
    : false
}
