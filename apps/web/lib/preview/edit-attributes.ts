import 'server-only'
import { createDataAttribute } from 'next-sanity'
import { draftMode } from 'next/headers'
import { env } from '@/env'
import type { EditAttribute } from './edit-path'

const none: EditAttribute = () => undefined

/** Click-to-edit attributes for one document of a list (e.g. each article card). */
export type EditorFor = (document: { id: string; type: string }) => EditAttribute

/**
 * Click-to-edit attributes, only in draft mode (`undefined` otherwise): shoppers' pages keep the
 * exact HTML they had (no Studio paths or ids in it), and are cached without them.
 */
export async function documentEditor(): Promise<EditorFor | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  // The Studio that frames the preview; its links are only followed outside Presentation.
  const studio = env().security.frameAncestors[0] ?? '/'
  return (document) => {
    const node = createDataAttribute({ id: document.id, type: document.type, baseUrl: studio })
    return (path) => node(path)
  }
}

/** Click-to-edit attributes for the one document a page shows (none outside draft mode). */
export async function editAttributesFor(document: {
  id: string
  type: string
}): Promise<EditAttribute> {
  return (await documentEditor())?.(document) ?? none
}
