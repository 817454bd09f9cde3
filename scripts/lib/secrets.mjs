import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const NAMES = ['editorToken', 'viewerToken', 'storefrontWriteToken', 'webhookSecret', 'proxySecret']

const random = () => randomBytes(24).toString('base64url')

/**
 * The local secrets, generated once into `file` (git-ignored, readable by the owner only) and
 * reused afterwards: the lake's editor and viewer tokens, the storefront's write token, the
 * webhook secret, and the secret the caching proxy shares with the storefront (start:scaled).
 */
export function localSecrets(file) {
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  const secrets = Object.fromEntries(
    NAMES.map((name) => [name, typeof stored[name] === 'string' ? stored[name] : random()]),
  )
  if (NAMES.some((name) => stored[name] !== secrets[name])) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  }
  return secrets
}
