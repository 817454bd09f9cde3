import { itemsError } from '../errors'
import type { JsonObject } from '../json'
import { prepareDocument } from './documentInput'
import { patchWithKeys, withKeys } from './keys'
import { patchOne, type MutationResult } from './patchOne'
import type { Staging } from './staging'
import type { Mutation, WriteOptions } from './types'

export type { MutationResult } from './patchOne'

/**
 * Applies validated mutations in order to a transaction's staging. `queryIds` holds the ids each
 * query-selected mutation resolved to. Throws (and so commits nothing) at the first failing mutation.
 */
export function applyMutations(
  staging: Staging,
  mutations: Mutation[],
  queryIds: Map<number, string[]>,
  options: WriteOptions,
): MutationResult[] {
  return mutations.flatMap((mutation, index) =>
    applyOne(staging, mutation, index, queryIds.get(index), options),
  )
}

function applyOne(
  staging: Staging,
  mutation: Mutation,
  index: number,
  resolved: string[] | undefined,
  options: WriteOptions,
): MutationResult[] {
  switch (mutation.type) {
    case 'create':
    case 'createOrReplace':
    case 'createIfNotExists':
      return [createLike(staging, mutation.type, withKeys(mutation.document, options), index)]
    case 'delete': {
      const ids = resolved ?? ('ids' in mutation.selection ? mutation.selection.ids : [])
      return ids.flatMap((id) => {
        const existing = staging.get(id)
        if (!existing) return []
        staging.write(id, null, { delete: { id } })
        return [{ id, operation: 'delete' as const, document: existing }]
      })
    }
    case 'patch': {
      const ids = resolved ?? ('ids' in mutation.selection ? mutation.selection.ids : [])
      const ops = options.autoGenerateArrayKeys ? patchWithKeys(mutation.patch) : mutation.patch
      return ids.map((id) => patchOne(staging, id, ops, index))
    }
  }
}

function createLike(
  staging: Staging,
  type: Mutation['type'],
  doc: JsonObject,
  index: number,
): MutationResult {
  const { id, content } = prepareDocument(doc, index, type !== 'create')
  const existing = staging.get(id)
  if (existing && type === 'create') {
    throw itemsError('mutationError', {
      status: 409,
      index,
      id,
      type: 'documentAlreadyExistsError',
      description: `Document by ID "${id}" already exists`,
    })
  }
  if (existing && type === 'createIfNotExists') return { id, operation: 'none', document: existing }
  const written = staging.write(id, content, { [type]: content })
  return { id, operation: existing ? 'update' : 'create', document: written }
}
