/**
 * The perspective Presentation asks the preview to read (the `sanity-preview-perspective` cookie,
 * set by the handshake and by perspective changes over comlink): `drafts`, `published`, or a
 * release stack, release ids highest priority first, then usually `drafts`. The value comes from
 * a browser, so it is parsed strictly and anything unexpected means `drafts`, the default preview.
 */

/** What a preview reads: a name, or a release stack as @sanity/client takes it. */
export type PreviewPerspective = 'drafts' | 'published' | ReleaseStack

/** Release ids (highest priority first), optionally followed by `drafts`. */
export type ReleaseStack = readonly string[]

/** The lake's and Sanity's release id charset and length. */
const RELEASE_ID = /^[A-Za-z0-9_-]{1,128}$/
/** More releases than anyone stacks; bounds the work one cookie can cause. */
export const MAX_STACKED_RELEASES = 10
/** Room for the ids, the commas and `drafts`; longer values are refused before splitting. */
const MAX_LENGTH = MAX_STACKED_RELEASES * 129 + ',published,drafts'.length

export const DEFAULT_PREVIEW_PERSPECTIVE = 'drafts'

/** The perspective a cookie value (comma list, as next-sanity writes it) or a comlink value names. */
export function parsePreviewPerspective(value: unknown): PreviewPerspective {
  const names = perspectiveNames(value)
  if (names === undefined) return DEFAULT_PREVIEW_PERSPECTIVE
  if (names.length === 1 && (names[0] === 'drafts' || names[0] === 'published')) return names[0]
  return releaseStack(names) ?? DEFAULT_PREVIEW_PERSPECTIVE
}

const isString = (name: unknown): name is string => typeof name === 'string'

function perspectiveNames(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.length <= MAX_LENGTH ? value.split(',') : undefined
  if (!Array.isArray(value) || value.length > MAX_STACKED_RELEASES + 2) return undefined
  const names: unknown[] = value
  return names.every(isString) ? names : undefined
}

/** Names that are perspectives, never release ids (`raw` would read every release's versions). */
const RESERVED = new Set(['drafts', 'published', 'raw', 'previewDrafts'])

/** Releases then at most a trailing `drafts` (`published` is the bottom of every stack anyway). */
function releaseStack(names: string[]): ReleaseStack | undefined {
  const layers = names.filter((name) => name !== 'published')
  const drafts = layers.at(-1) === 'drafts'
  const releases = drafts ? layers.slice(0, -1) : layers
  if (releases.length === 0 || releases.length > MAX_STACKED_RELEASES) return undefined
  if (!releases.every((id) => RELEASE_ID.test(id) && !RESERVED.has(id))) return undefined
  if (new Set(releases).size !== releases.length) return undefined
  return drafts ? [...releases, 'drafts'] : releases
}

/** The cookie value for a perspective (a comma list, as next-sanity writes it). */
export function encodePreviewPerspective(perspective: PreviewPerspective): string {
  return typeof perspective === 'string' ? perspective : perspective.join(',')
}

/** The release ids of a stack, highest priority first; none for `drafts` or `published`. */
export function previewedReleases(perspective: PreviewPerspective): readonly string[] {
  return typeof perspective === 'string' ? [] : perspective.filter((name) => name !== 'drafts')
}
