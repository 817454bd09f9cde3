import { NEXT_BIN, WEB_DIR, childEnv } from './paths'
import { startService, type Service } from './service'

export interface StorefrontOptions {
  port: number
  lake: {
    url: string
    certPath: string
    tokens: { viewer: string; editor: string }
    webhookSecret: string
  }
  env?: Record<string, string>
}

export interface Storefront {
  url: string
  service: Service
  close(): Promise<void>
}

/** `next start` on 127.0.0.1:`port`, reading the given lake and trusting its certificate. */
export async function startStorefront({
  port,
  lake,
  env = {},
}: StorefrontOptions): Promise<Storefront> {
  const url = `http://127.0.0.1:${port}`
  const service = startService(
    'web',
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      env: childEnv({
        NODE_EXTRA_CA_CERTS: lake.certPath,
        CONTENT_LAKE_URL: lake.url,
        SANITY_API_READ_TOKEN: lake.tokens.viewer,
        SANITY_API_WRITE_TOKEN: lake.tokens.editor,
        SANITY_WEBHOOK_SECRET: lake.webhookSecret,
        SITE_URL: url,
        ...env,
      }),
    },
  )
  try {
    await service.waitForLine(/Ready in/)
  } catch (error) {
    await service.stop()
    throw error
  }
  return { url, service, close: () => service.stop() }
}
