/** What a token may do: viewers read published documents and drafts, editors also write. */
export type TokenRole = 'viewer' | 'editor'

/** An API token from the config file. */
export interface LakeToken {
  name: string
  token: string
  role: TokenRole
}

/** A document change a webhook can fire on. */
export type WebhookOperation = 'create' | 'update' | 'delete'

/** A GROQ-powered webhook, as configured in Sanity's manage UI. */
export interface WebhookConfig {
  name: string
  dataset: string
  /** A GROQ filter evaluated on the document (after the change; before it for deletes). */
  filter: string
  /** A GROQ projection for the body; the whole document when missing. */
  projection?: string
  url: string
  /** The signing secret; without one, no `sanity-webhook-signature` header is sent (as Sanity does). */
  secret?: string
  on: WebhookOperation[]
  includeDrafts: boolean
  /** Attempts before a delivery is given up (default 8). */
  maxAttempts: number
  /** Delay before the first retry; doubles on each further attempt (default 1000 ms). */
  retryDelayMs: number
}

/** Bounds that keep one request from freezing or flooding the lake (README, "Limits"). */
export interface LakeLimits {
  /** Wall-clock time of one GROQ evaluation: a query, a listen filter or webhook filter on one document. */
  queryTimeoutMs: number
  /** Array items one evaluation may visit, at any depth (bounds memory as well as time). */
  maxQueryWork: number
  /** Size of a query's serialized result. */
  maxResultBytes: number
  /** Open event streams in total. */
  maxListeners: number
  /** Open event streams per client (per token, or per IP address without one). */
  maxListenersPerClient: number
  /** Transactions a listener may fall behind (not reading its stream) before it is disconnected. */
  listenerBacklog: number
}

/** The lake's configuration file, with defaults applied. */
export interface LakeConfig {
  projectId: string
  datasets: string[]
  tokens: LakeToken[]
  /** Origins allowed to call the API from a browser (the lake's own origins are always allowed). */
  cors: string[]
  maxBodyBytes: number
  webhooks: WebhookConfig[]
  /**
   * The editor token `GET /local-session` hands to a Studio on this machine (by token name), or null
   * when that endpoint is off. Defaults to the first editor token.
   */
  localSession: string | null
  limits: LakeLimits
}

/** Sized so one request can neither hold the event loop for long nor fill memory; `--query-timeout` and `limits` move them. */
export const DEFAULT_LIMITS: LakeLimits = {
  queryTimeoutMs: 5_000,
  maxQueryWork: 5_000_000,
  maxResultBytes: 32 * 1024 * 1024,
  maxListeners: 1_000,
  maxListenersPerClient: 100,
  listenerBacklog: 1_000,
}

/** The configuration used when no config file is given. */
export const DEFAULT_CONFIG: LakeConfig = {
  projectId: 'local',
  datasets: ['production'],
  tokens: [],
  cors: [],
  maxBodyBytes: 1024 * 1024,
  webhooks: [],
  localSession: null,
  limits: DEFAULT_LIMITS,
}

/** A webhook as written in a config file: the retry and filter options may be left out. */
export type WebhookConfigInput = Omit<
  WebhookConfig,
  'on' | 'includeDrafts' | 'maxAttempts' | 'retryDelayMs'
> &
  Partial<Pick<WebhookConfig, 'on' | 'includeDrafts' | 'maxAttempts' | 'retryDelayMs'>>

/** A config as written (file or code): every key is optional; validateConfig fills in the defaults. */
export interface LakeConfigInput extends Partial<
  Omit<LakeConfig, 'webhooks' | 'localSession' | 'limits'>
> {
  limits?: Partial<LakeLimits>
  webhooks?: WebhookConfigInput[]
  /** A token name, or false to turn `/local-session` off. */
  localSession?: string | false | null
}
