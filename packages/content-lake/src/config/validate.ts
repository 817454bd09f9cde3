import { Problems, isRecord } from './checks'
import { validateLimits } from './limits'
import { validateWebhooks } from './webhooks'
import { DEFAULT_CONFIG, type LakeConfig, type LakeToken } from './types'

/** Thrown when a config is invalid; the message lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content-lake config:\n- ${problems.join('\n- ')}`)
    this.name = 'ConfigError'
  }
}

const TOP_KEYS = [
  'projectId',
  'datasets',
  'tokens',
  'cors',
  'maxBodyBytes',
  'webhooks',
  'localSession',
  'limits',
] as const
const TOKEN_KEYS = ['name', 'token', 'role'] as const
const DATASET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/
const PROJECT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** Validates a parsed config file and fills in defaults; throws ConfigError listing every problem. */
export function validateConfig(input: unknown): LakeConfig {
  const p = new Problems()
  if (!isRecord(input)) throw new ConfigError(['the config must be a JSON object'])
  p.knownKeys(input, '', TOP_KEYS)
  const projectId =
    input.projectId === undefined
      ? DEFAULT_CONFIG.projectId
      : p.string(input.projectId, 'projectId')
  if (projectId !== undefined && !PROJECT_ID.test(projectId))
    p.add('projectId', 'must be lowercase letters, digits and dashes')
  const datasets =
    input.datasets === undefined ? DEFAULT_CONFIG.datasets : p.strings(input.datasets, 'datasets')
  if (datasets.length === 0) p.add('datasets', 'must name at least one dataset')
  datasets.forEach((name, i) => {
    if (!DATASET_NAME.test(name))
      p.add(
        `datasets[${i}]`,
        'must be lowercase letters, digits, "_" and "-", at most 64 characters',
      )
  })
  const tokens = input.tokens === undefined ? [] : validateTokens(input.tokens, p)
  const cors = input.cors === undefined ? [] : p.strings(input.cors, 'cors')
  cors.forEach((origin, i) => {
    if (!isOrigin(origin)) p.add(`cors[${i}]`, 'must be an origin like "http://localhost:3000"')
  })
  const maxBodyBytes =
    input.maxBodyBytes === undefined
      ? DEFAULT_CONFIG.maxBodyBytes
      : p.integer(input.maxBodyBytes, 'maxBodyBytes', 1024, 1024 ** 3)
  const webhooks = input.webhooks === undefined ? [] : validateWebhooks(input.webhooks, datasets, p)
  const localSession = validateLocalSession(input.localSession, tokens, p)
  const limits = validateLimits(input.limits, p)
  if (p.list.length > 0) throw new ConfigError(p.list)
  return {
    projectId: projectId ?? 'local',
    datasets,
    tokens,
    cors,
    maxBodyBytes: maxBodyBytes ?? 0,
    webhooks,
    localSession,
    limits,
  }
}

/** The token name for `/local-session`: the given editor token, the first editor token, or null (off). */
function validateLocalSession(value: unknown, tokens: LakeToken[], p: Problems): string | null {
  if (value === undefined) return tokens.find((t) => t.role === 'editor')?.name ?? null
  if (value === false || value === null) return null
  const name = p.string(value, 'localSession')
  if (name !== undefined && !tokens.some((t) => t.name === name && t.role === 'editor')) {
    p.add('localSession', `must be false or the name of an editor token, got "${name}"`)
  }
  return name ?? null
}

function validateTokens(value: unknown, p: Problems): LakeToken[] {
  if (!Array.isArray(value)) {
    p.add('tokens', 'must be an array')
    return []
  }
  const tokens: LakeToken[] = []
  value.forEach((item, i) => {
    const path = `tokens[${i}]`
    if (!isRecord(item)) return p.add(path, 'must be an object')
    p.knownKeys(item, path, TOKEN_KEYS)
    const name = p.string(item.name, `${path}.name`)
    const token = p.string(item.token, `${path}.token`)
    if (token !== undefined && token.length < 8)
      p.add(`${path}.token`, 'must be at least 8 characters')
    if (item.role !== 'viewer' && item.role !== 'editor')
      p.add(`${path}.role`, 'must be "viewer" or "editor"')
    if (tokens.some((t) => t.token === token)) p.add(`${path}.token`, 'is used twice')
    if (name && token && (item.role === 'viewer' || item.role === 'editor'))
      tokens.push({ name, token, role: item.role })
  })
  return tokens
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value
  } catch {
    return false
  }
}
