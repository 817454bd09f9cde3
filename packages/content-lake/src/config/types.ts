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
}

/** A webhook as written in a config file: the retry and filter options may be left out. */
export type WebhookConfigInput = Omit<
  WebhookConfig,
  'on' | 'includeDrafts' | 'maxAttempts' | 'retryDelayMs'
> &
  Partial<Pick<WebhookConfig, 'on' | 'includeDrafts' | 'maxAttempts' | 'retryDelayMs'>>

/** A config as written (file or code): every key is optional; validateConfig fills in the defaults. */
export interface LakeConfigInput extends Partial<Omit<LakeConfig, 'webhooks' | 'localSession'>> {
  webhooks?: WebhookConfigInput[]
  /** A token name, or false to turn `/local-session` off. */
  localSession?: string | false | null
}
