import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VARNISH_READY, varnishArgs, writeSiteVcl } from '../../scripts/lib/varnish.mjs'
import { childEnv } from './paths'
import { freePort } from './ports'
import { startService, type Service } from './service'

/** Until the proxy answers 200 (its backends' probes start as healthy, but may fail once). */
async function untilServing(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const response = await fetch(`${url}/`).catch(() => undefined)
    await response?.arrayBuffer()
    if (response?.status === 200) return
    if (Date.now() > deadline)
      throw new Error(`the proxy at ${url} does not serve: ${response?.status}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export interface Varnish {
  url: string
  secret: string
  service: Service
  /** An authenticated PURGE of the tags, as the storefront's webhook sends it. */
  purge(tags: string[]): Promise<number>
  close(): Promise<void>
}

/**
 * varnishd with deploy/varnish/storefront.vcl in front of `backends`, on `port` (default: a free
 * one) on loopback. Resolves once every backend passed its health probe and the proxy serves.
 */
export async function startVarnish(
  backends: number[],
  secret: string,
  port?: number,
): Promise<Varnish> {
  const workDir = mkdtempSync(join(tmpdir(), 'varnish-'))
  port ??= await freePort()
  writeSiteVcl(workDir, { backends: backends.map((p) => ({ host: '127.0.0.1', port: p })), secret })
  const service = startService('varnish', 'varnishd', varnishArgs({ port, workDir, cacheMb: 64 }), {
    cwd: workDir,
    env: childEnv({}),
  })
  const close = async () => {
    await service.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
  const url = `http://127.0.0.1:${port}`
  try {
    await service.waitForLine(VARNISH_READY, { timeoutMs: 30_000 })
    await untilServing(url)
  } catch (error) {
    await close()
    throw error
  }
  return {
    url,
    secret,
    service,
    async purge(tags) {
      const headers = { 'xkey-purge': tags.join(' '), 'x-purge-token': secret }
      const response = await fetch(url, { method: 'PURGE', headers })
      await response.arrayBuffer()
      return response.status
    },
    close,
  }
}
