import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VARNISH_READY, varnishArgs, writeSiteVcl } from '../../scripts/lib/varnish.mjs'
import { childEnv } from './paths'
import { freePort } from './ports'
import { startService, type Service } from './service'

export interface Varnish {
  url: string
  secret: string
  service: Service
  /** An authenticated PURGE of the tags, as the storefront's webhook sends it. */
  purge(tags: string[]): Promise<number>
  close(): Promise<void>
}

/** varnishd with deploy/varnish/storefront.vcl in front of `backends`, on a free loopback port. */
export async function startVarnish(backends: number[], secret: string): Promise<Varnish> {
  const workDir = mkdtempSync(join(tmpdir(), 'varnish-'))
  const port = await freePort()
  writeSiteVcl(workDir, { backends: backends.map((p) => ({ host: '127.0.0.1', port: p })), secret })
  const service = startService('varnish', 'varnishd', varnishArgs({ port, workDir, cacheMb: 64 }), {
    cwd: workDir,
    env: childEnv({}),
  })
  const close = async () => {
    await service.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
  try {
    await service.waitForLine(VARNISH_READY, { timeoutMs: 30_000 })
  } catch (error) {
    await close()
    throw error
  }
  const url = `http://127.0.0.1:${port}`
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
