import { itemsError } from '../errors'
import type { JsonObject, SanityDocument } from '../json'
import { applyPatch, PatchError } from './patch'
import type { Staging } from './staging'
import type { PatchOps } from './types'
import { patchToWire } from './wire'

type ErrorKind = 'mutationError' | 'actionError'

/** One entry of a mutate response's `results`. */
export interface MutationResult {
  id: string
  operation: 'create' | 'update' | 'delete' | 'none'
  document: SanityDocument | null
}

/** Applies one patch to one document; shared with the edit action. */
export function patchOne(
  staging: Staging,
  id: string,
  ops: PatchOps,
  index: number,
  kind: ErrorKind = 'mutationError',
): MutationResult {
  const current = staging.get(id)
  if (!current) {
    throw itemsError(kind, {
      status: 404,
      index,
      id,
      type: 'documentNotFoundError',
      description: `Document by ID "${id}" not found`,
    })
  }
  if (ops.ifRevisionID !== undefined && ops.ifRevisionID !== current._rev) {
    throw itemsError(kind, {
      status: 409,
      index,
      id,
      type: 'documentRevisionIDDoesNotMatchError',
      description: `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${ops.ifRevisionID}"`,
    })
  }
  let next: JsonObject
  try {
    next = applyPatch(current, ops)
  } catch (error) {
    if (!(error instanceof PatchError)) throw error
    throw itemsError(kind, {
      status: 400,
      index,
      id,
      type: 'invalidPatchError',
      description: error.message,
    })
  }
  if (next._id !== id || typeof next._type !== 'string' || next._type === '') {
    throw itemsError(kind, {
      status: 400,
      index,
      id,
      type: 'invalidPatchError',
      description: `A patch may not change "_id" or remove "_type" (document "${id}")`,
    })
  }
  const written = staging.write(id, next, patchToWire(id, ops))
  return { id, operation: 'update', document: written }
}
