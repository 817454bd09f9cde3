import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generate } from 'selfsigned'
import { makePrivateDir, PRIVATE_FILE_MODE } from './store/privateFiles'

/** The lake's TLS material. */
export interface TlsMaterial {
  cert: string
  key: string
  certPath: string
}

const RENEW_BEFORE_MS = 24 * 3600 * 1000

/** Loads `dir/cert.pem` and `dir/key.pem`, creating a self-signed pair for localhost first if needed. */
export async function ensureTls(dir: string): Promise<TlsMaterial> {
  const certPath = join(dir, 'cert.pem')
  const keyPath = join(dir, 'key.pem')
  if (
    !existsSync(certPath) ||
    !existsSync(keyPath) ||
    expiresSoon(readFileSync(certPath, 'utf8'))
  ) {
    await writeNewPair(dir)
  }
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath }
}

function expiresSoon(pem: string): boolean {
  try {
    return new Date(new X509Certificate(pem).validTo).getTime() - Date.now() < RENEW_BEFORE_MS
  } catch {
    return true
  }
}

async function writeNewPair(dir: string): Promise<void> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    // 825 days: the longest validity macOS and iOS accept for a locally trusted certificate.
    notAfterDate: new Date(Date.now() + 825 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  })
  makePrivateDir(dirname(dir))
  // Write both files into a fresh folder (mkdtemp makes it owner-only), then swap it in, so no reader ever
  // sees a mismatched pair.
  const staging = mkdtempSync(join(dirname(dir), '.tls-'))
  writeFileSync(join(staging, 'cert.pem'), pems.cert, { mode: PRIVATE_FILE_MODE })
  writeFileSync(join(staging, 'key.pem'), pems.private, { mode: PRIVATE_FILE_MODE })
  rmSync(dir, { recursive: true, force: true })
  renameSync(staging, dir)
}
