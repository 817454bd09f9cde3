import { parse } from 'groq-js'
import { errorMessage } from '../errorMessage'
import { Problems, isRecord } from './checks'
import type { WebhookConfig, WebhookOperation } from './types'

const HOOK_KEYS = [
  'name',
  'dataset',
  'filter',
  'projection',
  'url',
  'secret',
  'on',
  'includeDrafts',
  'maxAttempts',
  'retryDelayMs',
] as const
const OPERATIONS: readonly WebhookOperation[] = ['create', 'update', 'delete']
/** Validates the `webhooks` array (each filter and projection must parse as GROQ). */
export function validateWebhooks(value: unknown, datasets: string[], p: Problems): WebhookConfig[] {
  if (!Array.isArray(value)) {
    p.add('webhooks', 'must be an array')
    return []
  }
  const hooks: WebhookConfig[] = []
  value.forEach((item, i) => {
    const path = `webhooks[${i}]`
    if (!isRecord(item)) return p.add(path, 'must be an object')
    p.knownKeys(item, path, HOOK_KEYS)
    const hook = validateWebhook(item, path, datasets, p)
    if (hook && hooks.some((h) => h.name === hook.name)) p.add(`${path}.name`, 'is used twice')
    if (hook) hooks.push(hook)
  })
  return hooks
}

function validateWebhook(
  item: Record<string, unknown>,
  path: string,
  datasets: string[],
  p: Problems,
): WebhookConfig | undefined {
  const name = p.string(item.name, `${path}.name`)
  const dataset = p.string(item.dataset, `${path}.dataset`)
  if (dataset !== undefined && !datasets.includes(dataset))
    p.add(`${path}.dataset`, `"${dataset}" is not in datasets`)
  const filter = p.string(item.filter, `${path}.filter`)
  if (filter !== undefined) checkGroq(filter, `${path}.filter`, p)
  const projection =
    item.projection === undefined ? undefined : p.string(item.projection, `${path}.projection`)
  if (projection !== undefined) checkGroq(projection, `${path}.projection`, p)
  const url = p.string(item.url, `${path}.url`)
  if (url !== undefined && !/^https?:\/\/[^/]+/.test(url))
    p.add(`${path}.url`, 'must be an http(s) URL')
  const secret = item.secret === undefined ? undefined : p.string(item.secret, `${path}.secret`)
  const on = item.on === undefined ? [...OPERATIONS] : p.strings(item.on, `${path}.on`)
  const operations = on.filter((op): op is WebhookOperation =>
    OPERATIONS.some((known) => known === op),
  )
  if (operations.length !== on.length || on.length === 0)
    p.add(`${path}.on`, 'must list some of "create", "update", "delete"')
  if (item.includeDrafts !== undefined && typeof item.includeDrafts !== 'boolean')
    p.add(`${path}.includeDrafts`, 'must be a boolean')
  const maxAttempts =
    item.maxAttempts === undefined ? 8 : p.integer(item.maxAttempts, `${path}.maxAttempts`, 1, 100)
  const retryDelayMs =
    item.retryDelayMs === undefined
      ? 1000
      : p.integer(item.retryDelayMs, `${path}.retryDelayMs`, 1, 3_600_000)
  if (
    !name ||
    !dataset ||
    !filter ||
    !url ||
    maxAttempts === undefined ||
    retryDelayMs === undefined
  )
    return undefined
  return {
    name,
    dataset,
    filter,
    projection,
    url,
    secret,
    on: operations,
    includeDrafts: item.includeDrafts === true,
    maxAttempts,
    retryDelayMs,
  }
}

function checkGroq(source: string, path: string, p: Problems): void {
  try {
    parse(source, { mode: 'delta' })
  } catch (error) {
    p.add(path, `is not valid GROQ (${errorMessage(error)})`)
  }
}
