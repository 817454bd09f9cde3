import { readFileSync } from 'node:fs'
import { ConfigError, validateConfig } from './validate'
import type { LakeConfig } from './types'
import { errorMessage } from '../errorMessage'

/** Reads and validates a JSON config file; throws ConfigError with a readable message. */
export function loadConfigFile(path: string): LakeConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError([`cannot read ${path}: ${errorMessage(error)}`])
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new ConfigError([`${path} is not valid JSON: ${errorMessage(error)}`])
  }
  return validateConfig(parsed)
}
