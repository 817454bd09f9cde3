import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { LakeApi } from '../support/lake-api'
import { freePort } from '../support/ports'
import { ROOT } from '../support/paths'

const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const TITLE = 'How to Prevent Lower Back Pain After Exercise'
const PAGES = [ARTICLE, '/', '/deals']

let start: ChildProcess
let output = ''
const ports = { proxy: 0, a: 0, b: 0, redis: 0, studio: 0, lake: 0 }
let dataDir: string

/** Resolves with the first match of `pattern` in the output printed after offset `from`. */
function waitForOutput(pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, match?: RegExpExecArray) => {
      clearTimeout(timer)
      start.stdout?.off('data', check)
      start.stderr?.off('data', check)
      start.off('exit', exited)
      if (match) resolve(match)
      else reject(error ?? new Error('no match'))
    }
    const check = () => {
      const match = pattern.exec(output.slice(from))
      if (match) done(null, match)
    }
    const exited = (code: number | null) =>
      done(new Error(`start:scaled exited (${code}) before ${pattern}:\n${output.slice(-3000)}`))
    const timer = setTimeout(
      () => done(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output.slice(-3000)}`)),
      timeoutMs,
    )
    start.stdout?.on('data', check)
    start.stderr?.on('data', check)
    start.once('exit', exited)
    check()
  })
}

async function page(port: number, path: string) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`)
  return { status: response.status, html: await response.text() }
}

function lakeApi(): LakeApi {
  const secrets = JSON.parse(readFileSync(join(dataDir, 'local.json'), 'utf8')) as {
    editorToken: string
  }
  const ca = readFileSync(join(dataDir, 'lake/tls/cert.pem'), 'utf8')
  return new LakeApi(`https://127.0.0.1:${ports.lake}`, ca, secrets.editorToken)
}

beforeAll(async () => {
  for (const name of Object.keys(ports) as (keyof typeof ports)[]) ports[name] = await freePort()
  dataDir = mkdtempSync(join(tmpdir(), 'scaled-data-'))
  start = spawn(process.execPath, ['scripts/start-scaled.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STOREFRONT_PORT: String(ports.proxy),
      WEB_PORT_A: String(ports.a),
      WEB_PORT_B: String(ports.b),
      REDIS_PORT: String(ports.redis),
      STUDIO_PORT: String(ports.studio),
      LAKE_PORT: String(ports.lake),
      LOCAL_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, which gets the SIGINT a terminal sends on Ctrl-C.
    detached: true,
  })
  for (const stream of [start.stdout, start.stderr])
    stream?.on('data', (d) => (output += String(d)))
  await waitForOutput(/Press Ctrl-C to stop/, 900_000)
  // Every page is rendered once on each instance and through the proxy, so all of them hold it.
  for (const port of [ports.a, ports.b, ports.proxy])
    for (const path of PAGES) expect((await page(port, path)).status).toBe(200)
}, 960_000)

afterAll(async () => {
  if (start.exitCode === null && start.signalCode === null) {
    const exited = new Promise((resolve) => start.once('exit', resolve))
    if (start.pid !== undefined) process.kill(-start.pid, 'SIGINT')
    await exited
  }
  rmSync(dataDir, { recursive: true, force: true })
}, 30_000)

describe('npm run start:scaled', () => {
  it('prints where everything is', () => {
    expect(output).toContain(`Storefront  http://localhost:${ports.proxy}  (the caching proxy)`)
    expect(output).toContain(`Instances   http://localhost:${ports.a}  http://localhost:${ports.b}`)
  })

  it('keeps every cached page answering while the lake is killed, which comes back by itself', async () => {
    const lakePid = Number((await waitForOutput(/lake running \(pid (\d+)\)/, 10_000))[1])
    const from = output.length
    process.kill(lakePid, 'SIGKILL')
    await waitForOutput(/lake stopped unexpectedly \(SIGKILL\); restarting in/, 10_000, from)
    const served = await Promise.all(
      [ports.proxy, ports.a, ports.b].flatMap((port) =>
        PAGES.map(async (path) => ({ port, path, ...(await page(port, path)) })),
      ),
    )
    // Answered before the restarted lake was up: from the proxy's and the instances' caches.
    expect(output.slice(from)).not.toMatch(/lake running/)
    for (const { port, path, status, html } of served) {
      expect({ port, path, status }).toEqual({ port, path, status: 200 })
      if (path === ARTICLE) expect(html).toMatch(new RegExp(`<h1[^>]*>${TITLE}`))
    }
    await waitForOutput(/lake running \(pid (\d+)\)/, 30_000, from)
  })

  it('shows a publish made after the restart through the proxy and on both instances', async () => {
    const title = `${TITLE} (scaled, after a crash)`
    const from = output.length
    await lakeApi().mutate([{ patch: { id: ARTICLE_ID, set: { title } } }])
    const published = Date.now()
    await waitForOutput(
      new RegExp(
        `\\[lake\\] .*webhook "storefront-revalidate" \\w+ ${ARTICLE_ID}: attempt \\d+ -> 200`,
      ),
      15_000,
      from,
    )
    const acknowledged = Date.now()
    for (const port of [ports.proxy, ports.a, ports.b]) {
      const { status, html } = await page(port, ARTICLE)
      expect({ port, status, fresh: html.includes(title) }).toEqual({
        port,
        status: 200,
        fresh: true,
      })
    }
    // The target is "within a second"; printed, not asserted (the CI machine is noisy).
    console.log(
      `publish to webhook acknowledged: ${acknowledged - published} ms; ` +
        `then fresh through the proxy and on both instances: ${Date.now() - acknowledged} ms`,
    )
  })

  it('stops everything on Ctrl-C without restarting anything', async () => {
    const from = output.length
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve))
    if (start.pid !== undefined) process.kill(-start.pid, 'SIGINT')
    expect(await exited).toBe(0)
    expect(output.slice(from)).not.toMatch(/restarting in/)
    await expect(page(ports.proxy, '/')).rejects.toThrow()
  }, 30_000)
})
