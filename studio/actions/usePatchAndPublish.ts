import type { PatchOperations } from '@sanity/client'
import { useToast } from '@sanity/ui'
import { useCallback, useEffect, useState } from 'react'
import { filter, take } from 'rxjs'
import {
  useDocumentOperation,
  useDocumentPairPermissions,
  useDocumentStore,
  useValidationStatus,
  type DocumentActionProps,
} from 'sanity'

export interface PatchAndPublish {
  /** Why the action cannot run right now; undefined when it can. */
  blocked: string | undefined
  /** True from the click until the publish has succeeded or failed. */
  busy: boolean
  run: (patch: PatchOperations) => void
}

/**
 * One-click "change this and publish": patches the draft (created from the published document when
 * there is none) and publishes it. It refuses exactly where the default Publish action does: while
 * the document is loading or validating, when it has validation errors, or without publish rights.
 */
export function usePatchAndPublish(props: DocumentActionProps): PatchAndPublish {
  const { id, type, draft, published } = props
  const { patch, publish } = useDocumentOperation(id, type)
  const validation = useValidationStatus(draft?._id ?? published?._id ?? id, type, true)
  const [permission, permissionLoading] = useDocumentPairPermissions({
    id,
    type,
    permission: 'publish',
  })
  const documentStore = useDocumentStore()
  const toast = useToast()
  const [busy, setBusy] = useState(false)

  // While busy, wait for the outcome of the publish and report a failure.
  useEffect(() => {
    if (!busy) return undefined
    const subscription = documentStore.pair
      .operationEvents(id, type)
      .pipe(
        filter((event) => event.op === 'publish'),
        take(1),
      )
      .subscribe((event) => {
        setBusy(false)
        if (event.type === 'error') {
          toast.push({
            status: 'error',
            title: 'Could not publish',
            description: event.error.message,
          })
        }
      })
    return () => subscription.unsubscribe()
  }, [busy, documentStore, id, type, toast])

  const hasErrors = validation.validation.some((marker) => marker.level === 'error')
  const blocked =
    patch.disabled === 'NOT_READY' || permissionLoading || validation.isValidating
      ? 'Loading…'
      : permission?.granted === false
        ? 'You do not have permission to publish this document'
        : hasErrors
          ? 'Fix the validation errors before publishing'
          : undefined

  const run = useCallback(
    (change: PatchOperations) => {
      setBusy(true)
      patch.execute([change])
      // Publish waits for the patch to reach the lake (the Studio queues both per document).
      publish.execute()
    },
    [patch, publish],
  )

  return { blocked, busy, run }
}
