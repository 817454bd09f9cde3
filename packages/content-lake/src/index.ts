export { startLake, type RunningLake, type StartLakeOptions } from './server'
export { validateConfig, ConfigError } from './config/validate'
export { loadConfigFile } from './config/load'
export {
  DEFAULT_CONFIG,
  DEFAULT_LIMITS,
  type LakeConfig,
  type LakeLimits,
  type LakeConfigInput,
  type LakeToken,
  type TokenRole,
  type WebhookConfig,
  type WebhookConfigInput,
  type WebhookOperation,
} from './config/types'
export { signatureHeader } from './webhooks/sign'
