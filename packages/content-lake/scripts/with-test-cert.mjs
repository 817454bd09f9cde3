// Runs a command with NODE_EXTRA_CA_CERTS pointing at a test certificate, so tests and the bench talk to
// the lake over verified TLS instead of switching verification off. The certificate is made once under
// the repo's .data/test-tls/ (gitignored) with the same parameters the lake uses for its own.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import selfsigned from 'selfsigned'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const tlsDir = join(repoRoot, '.data', 'test-tls')

async function ensureCert() {
  if (existsSync(join(tlsDir, 'cert.pem')) && existsSync(join(tlsDir, 'key.pem'))) return
  mkdirSync(dirname(tlsDir), { recursive: true })
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
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
  // Write into a fresh folder and rename it into place, so concurrent runs never see a half-written pair.
  const staging = mkdtempSync(join(dirname(tlsDir), 'test-tls-'))
  writeFileSync(join(staging, 'cert.pem'), pems.cert)
  writeFileSync(join(staging, 'key.pem'), pems.private, { mode: 0o600 })
  try {
    renameSync(staging, tlsDir)
  } catch {
    rmSync(staging, { recursive: true, force: true })
  }
}

await ensureCert()
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-test-cert.mjs <command> [args...]')
  process.exit(2)
}
const child = spawn(command, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_EXTRA_CA_CERTS: join(tlsDir, 'cert.pem'),
    CONTENT_LAKE_TEST_TLS_DIR: tlsDir,
  },
})
child.on('error', (error) => {
  console.error(
    `cannot run ${command}: ${error.message} (run it through npm, which puts node_modules/.bin on PATH)`,
  )
  process.exit(1)
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
