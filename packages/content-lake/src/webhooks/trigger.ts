import { createHash } from 'node:crypto'
import type { WebhookConfig, WebhookOperation } from '../config/types'
import type { DatasetState } from '../dataset/state'
import type { SanityDocument } from '../json'
import { isDraftId, isReleaseDocumentId, isVersionId } from '../ids'
import { evaluateOnDocument } from '../query/evaluateDoc'
import type { EvaluationLimits } from '../query/guard'
import { parseDeltaQuery } from '../query/parseCache'
import type { StoredEvent } from '../store/events'
import type { NewDelivery } from '../store/webhookQueue'

/** The operation a committed change is, for webhooks. */
export function operationOf(event: StoredEvent): WebhookOperation {
  if (!event.before) return 'create'
  return event.after ? 'update' : 'delete'
}

/** What webhook filters and projections are evaluated with. */
export interface HookContext {
  projectId: string
  limits: EvaluationLimits
  /** Aborted on shutdown. */
  signal?: AbortSignal
  /** Told when one webhook's filter or projection fails on this change; the other webhooks still fire. */
  onHookError: (hook: string, error: unknown) => void
}

/**
 * The deliveries a committed change causes: for every webhook of its dataset whose operations include
 * it and whose filter matches the document (after the change; before it for deletes). The body is the
 * projection of that document, or the document itself. Drafts count only with `includeDrafts`; versions
 * and release documents never. Filters and projections run within the query limits; one that fails (a
 * runaway is stopped at the deadline) skips only its own webhook for this change.
 */
export async function deliveriesFor(
  hooks: WebhookConfig[],
  event: StoredEvent,
  state: DatasetState,
  context: HookContext,
): Promise<NewDelivery[]> {
  const operation = operationOf(event)
  const doc = operation === 'delete' ? event.before : event.after
  // Versions and release system documents are editorial state, not content: a release's publish fires
  // webhooks through the published documents it writes.
  if (!doc || isVersionId(event.documentId) || isReleaseDocumentId(event.documentId)) return []
  const deliveries: NewDelivery[] = []
  for (const hook of hooks) {
    if (hook.dataset !== event.dataset || !hook.on.includes(operation)) continue
    if (isDraftId(event.documentId) && !hook.includeDrafts) continue
    try {
      const body = await bodyFor(hook, doc, event, state, context)
      if (body === undefined) continue
      deliveries.push({
        webhook: hook.name,
        dataset: event.dataset,
        documentId: event.documentId,
        transactionId: event.transactionId,
        operation,
        body: JSON.stringify(body ?? null),
        idempotencyKey: `idmp_${createHash('sha256').update(`${hook.name}\n${event.transactionId}\n${event.documentId}`).digest('hex').slice(0, 32)}`,
        createdAt: event.timestamp,
      })
    } catch (error) {
      context.onHookError(hook.name, error)
    }
  }
  return deliveries
}

/** The projected body when the hook's filter matches the document, undefined when it does not. */
async function bodyFor(
  hook: WebhookConfig,
  doc: SanityDocument,
  event: StoredEvent,
  state: DatasetState,
  context: HookContext,
): Promise<unknown> {
  const scope = { before: event.before, after: event.after, ...context }
  if ((await evaluateOnDocument(parseDeltaQuery(hook.filter), doc, state, scope)) !== true)
    return undefined
  return hook.projection
    ? await evaluateOnDocument(parseDeltaQuery(hook.projection), doc, state, scope)
    : doc
}
