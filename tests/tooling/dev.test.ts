import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:https'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { freePort } from '../support/ports'
import { ROOT } from '../support/paths'

const SEED_ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const READY = 'Ready (hot reload)'

let dev: ChildProcess
let output = ''
let ports: { storefront: number; studio: number; lake: number }
let dataDir: string

function waitForOutput(text: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    )
    const check = () => {
      if (!output.includes(text)) return
      clearTimeout(timer)
      resolve()
    }
    dev.stdout?.on('data', check)
    dev.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm run dev exited (${code}) before "${text}":\n${output}`))
    })
    check()
  })
}

/** The response headers of a GET to the lake, trusting only its certificate. */
function lakeHeaders(
  path: string,
  headers: Record<string, string>,
): Promise<Record<string, unknown>> {
  const ca = readFileSync(join(dataDir, 'lake/tls/cert.pem'), 'utf8')
  return new Promise((resolve, reject) => {
    const req = request(`https://127.0.0.1:${ports.lake}${path}`, { ca, headers }, (res) => {
      res.resume()
      resolve(res.headers)
    })
    req.once('error', reject)
    req.end()
  })
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** What Ctrl-C in a terminal does: SIGINT to every process of the foreground group. */
function pressCtrlC(): void {
  if (dev.pid !== undefined) process.kill(-dev.pid, 'SIGINT')
}

beforeAll(async () => {
  ports = { storefront: await freePort(), studio: await freePort(), lake: await freePort() }
  dataDir = mkdtempSync(join(tmpdir(), 'dev-data-'))
  dev = spawn('npm', ['run', 'dev'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STOREFRONT_PORT: String(ports.storefront),
      STUDIO_PORT: String(ports.studio),
      LAKE_PORT: String(ports.lake),
      LOCAL_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, which gets the SIGINT a terminal sends on Ctrl-C.
    detached: true,
  })
  for (const stream of [dev.stdout, dev.stderr]) stream?.on('data', (d) => (output += String(d)))
  await waitForOutput(READY, 240_000)
}, 300_000)

afterAll(async () => {
  if (dev.exitCode === null && dev.signalCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve))
    pressCtrlC()
    await exited
  }
  rmSync(dataDir, { recursive: true, force: true })
}, 30_000)

describe('npm run dev', () => {
  it('prints the URLs of the storefront and the Studio', () => {
    expect(output).toContain(`Storefront  http://localhost:${ports.storefront}`)
    expect(output).toContain(`Studio      http://localhost:${ports.studio}`)
  })

  it('serves the seed article from the dev storefront, read from the seeded lake', async () => {
    const response = await fetch(`http://127.0.0.1:${ports.storefront}${SEED_ARTICLE}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/<h1[^>]*>How to Prevent Lower Back Pain After Exercise/)
  })

  it("serves the Studio's page from the Studio dev server", async () => {
    const response = await fetch(`http://127.0.0.1:${ports.studio}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('auto-generated from "sanity dev"')
  })

  it('lets the dev Studio call the lake across origins', async () => {
    const headers = await lakeHeaders('/health', { origin: `http://localhost:${ports.studio}` })
    expect(headers['access-control-allow-origin']).toBe(`http://localhost:${ports.studio}`)
  })

  it('stops everything on one Ctrl-C', async () => {
    pressCtrlC()
    // npm itself dies of the signal at once; dev.mjs then stops the services it started.
    const deadline = Date.now() + 20_000
    let listening = Object.values(ports)
    while (listening.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const still = await Promise.all(listening.map(isListening))
      listening = listening.filter((_, i) => still[i])
    }
    expect(listening).toEqual([])
    expect(output).not.toContain('stopped (')
  }, 30_000)
})
