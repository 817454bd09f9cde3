import { join } from 'node:path'
import type { AssetLimits } from './assets/limits'
import { DEFAULT_CONFIG, type LakeConfigInput } from './config/types'
import { validateConfig } from './config/validate'
import { createRequestHandler } from './http/handler'
import { openCore, type LakeCore } from './lake/core'
import { lockDataDir } from './lake/lock'
import { startTlsServer, urlFor, type TlsServer } from './net/tlsServer'
import { ReleaseScheduler } from './releases/scheduler'
import { ensureTls } from './tls'
import { seedIfEmpty } from './transfer/startSeed'
import { WebhookService } from './webhooks/service'

/** Only `dataDir` is required: the rest defaults to the local setup `npm start` uses. */
export interface StartLakeOptions {
  dataDir: string
  /** API port; 0 picks a free one (default 3334). */
  port?: number
  /** Interface to bind (default 127.0.0.1). */
  host?: string
  /** NDJSON to import when the store is empty. */
  seedFile?: string
  /** Validated at start (an invalid config rejects with every problem listed); defaults fill the gaps. */
  config?: LakeConfigInput
  /** A built Studio to serve (with the whole API) on `studioPort`. */
  studioDir?: string
  studioPort?: number
  log?: (line: string) => void
  /** Where cert.pem/key.pem live (default `dataDir/tls`); tests share one trusted certificate this way. */
  tlsDir?: string
  /** Interval of listener keep-alive comments (default 20 s). */
  keepAliveMs?: number
  /** Upload, pixel, output and variant-cache bounds (defaults in assets/limits.ts). */
  assetLimits?: Partial<AssetLimits>
}

/** What `startLake` hands back: where it answers, and how to stop it cleanly. */
export interface RunningLake {
  /** `https://127.0.0.1:PORT` */
  url: string
  studioUrl?: string
  certPath: string
  /** Closes the HTTPS servers, ends event streams, stops webhooks and closes SQLite. */
  close(): Promise<void>
}

/** Starts the lake: HTTP/2 over TLS (with HTTP/1.1 fallback) on the API port, and optionally the Studio port. */
export async function startLake(options: StartLakeOptions): Promise<RunningLake> {
  const config = validateConfig(options.config ?? DEFAULT_CONFIG)
  const log = options.log ?? ((line: string) => console.log(`[content-lake] ${line}`))
  const host = options.host ?? '127.0.0.1'
  const tls = await ensureTls(options.tlsDir ?? join(options.dataDir, 'tls'))
  const unlock = lockDataDir(options.dataDir)
  let core: LakeCore
  try {
    core = openCore({
      dataDir: options.dataDir,
      config,
      log,
      keepAliveMs: options.keepAliveMs ?? 20_000,
      assetLimits: options.assetLimits,
    })
  } catch (error) {
    unlock()
    throw error
  }
  const hooks = new WebhookService(core)
  hooks.start()
  // After the webhook service, so a release published at start fires its webhooks like any other.
  const scheduler = new ReleaseScheduler(core)
  scheduler.start()
  const servers: TlsServer[] = []
  const close = closer(core, [scheduler, hooks], servers, unlock)
  try {
    servers.push(
      await startTlsServer(tls, createRequestHandler({ core }), options.port ?? 3334, host),
    )
    if (options.studioDir) {
      servers.push(
        await startTlsServer(
          tls,
          createRequestHandler({ core, staticRoot: options.studioDir }),
          options.studioPort ?? 3333,
          host,
        ),
      )
    }
  } catch (error) {
    await close()
    throw error
  }
  const [api, studio] = servers
  const url = urlFor(host, api?.port ?? 0)
  const studioUrl = studio ? urlFor(host, studio.port) : undefined
  try {
    // Seed asset URLs point where editors browse (the Studio's origin, by the name `npm start` prints).
    const assetOrigin = (studioUrl ?? url).replace('//127.0.0.1:', '//localhost:')
    if (options.seedFile) await seedIfEmpty(core, options.seedFile, assetOrigin)
  } catch (error) {
    await close()
    throw error
  }
  log(
    `listening on ${url}${studioUrl ? ` (Studio and API on ${studioUrl})` : ''}, data in ${options.dataDir}`,
  )
  return { url, studioUrl, certPath: tls.certPath, close }
}

function closer(
  core: LakeCore,
  services: Array<{ stop(): Promise<void> }>,
  servers: TlsServer[],
  unlock: () => void,
): () => Promise<void> {
  let closing: Promise<void> | undefined
  return () => {
    closing ??= (async () => {
      core.shutdown.abort()
      for (const dataset of core.datasets.values()) dataset.texts.stop()
      core.hub.closeAll()
      await Promise.all(servers.map((server) => server.close()))
      for (const service of services) await service.stop()
      core.closed = true
      core.db.close()
      unlock()
    })()
    return closing
  }
}
