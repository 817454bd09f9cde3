// Image benchmark: upload of a ~3 MB JPEG, the first transform and a cached variant at 1200 px, and
// cached-variant throughput against a plain static file server sending the same bytes (the limit).
// Run: npm run bench:images -w @repo/content-lake (prints a Markdown table).
import { createSecureServer } from 'node:http2'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '@sanity/client'
import sharp from 'sharp'
import { startLake } from '../src/server'
import { requestsPerSecond } from './load'
import { measure, percentile } from './stats'

const TOKEN = 'bench-editor-token'

async function photoLikeJpeg(): Promise<Buffer> {
  // Gaussian noise compresses like a detailed photo: 2600×1700 at quality 88 is about 3 MB.
  return sharp({
    create: {
      width: 2600,
      height: 1700,
      channels: 3,
      background: '#777',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 88 })
    .toBuffer()
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lake-image-bench-'))
  // The certificate scripts/with-test-cert.mjs made and told Node to trust.
  const tlsDir = process.env.CONTENT_LAKE_TEST_TLS_DIR
  if (!tlsDir) throw new Error('run through scripts/with-test-cert.mjs (npm run bench:images)')
  const lake = await startLake({
    tlsDir,
    dataDir: dir,
    port: 0,
    log: () => undefined,
    config: { tokens: [{ name: 'Bench', token: TOKEN, role: 'editor' }] },
  })
  const client = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: TOKEN,
  })
  try {
    const jpeg = await photoLikeJpeg()
    const uploads = await measure(
      async (i) => {
        // A different last byte per run: every upload is new content, not a deduplicated repeat.
        const bytes = Buffer.concat([jpeg, Buffer.from([i % 256])])
        await client.assets.upload('image', bytes)
      },
      8,
      60_000,
      1,
    )
    const asset = await client.assets.upload('image', jpeg)
    const base = new URL(asset.url).pathname
    const variant = (q: number) => `${base}?w=1200&q=${q}&auto=format`
    const accept = { accept: 'image/avif,image/webp,*/*' }
    const fetchVariant = async (path: string) => {
      const response = await fetch(`${lake.url}${path}`, { headers: accept })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    }
    const first = await measure((i) => fetchVariant(variant(40 + i)), 12, 60_000, 0)
    const cached = await measure(() => fetchVariant(variant(40)), 200, 20_000, 5)
    const bytes = Buffer.from(
      await (await fetch(`${lake.url}${variant(40)}`, { headers: accept })).arrayBuffer(),
    )
    const lakeRps = await requestsPerSecond(lake.url, variant(40), accept, 32, 5_000)
    const staticRps = await staticBaseline(dir, tlsDir, bytes)
    // The lake's own floor: its cheapest answer, through the same request pipeline.
    const healthRps = await requestsPerSecond(lake.url, '/health', {}, 32, 5_000)
    const rows = [
      [
        'upload 3 MB JPEG (new content)',
        `${(jpeg.length / 1e6).toFixed(2)} MB`,
        percentile(uploads, 50),
        uploads.length,
      ],
      ['first transform, w=1200 WebP', '', percentile(first, 50), first.length],
      [
        'cached variant, w=1200 WebP',
        `${(bytes.length / 1e3).toFixed(0)} kB`,
        percentile(cached, 50),
        cached.length,
      ],
    ]
    console.log('| operation | size | p50 ms | samples |\n| --- | --: | --: | --: |')
    for (const [name, size, p50, n] of rows)
      console.log(
        `| ${String(name)} | ${String(size)} | ${Number(p50).toFixed(1)} | ${String(n)} |`,
      )
    console.log(
      `\ncached variant: ${lakeRps.toFixed(0)} req/s; static file server, same bytes: ${staticRps.toFixed(0)} req/s; ratio ${(lakeRps / staticRps).toFixed(2)}; lake GET /health: ${healthRps.toFixed(0)} req/s (HTTP/2, 32 streams, 5 s each)`,
    )
  } finally {
    await lake.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The limit: an HTTP/2 server with the lake's certificate that reads the file and sends it, nothing else. */
async function staticBaseline(dir: string, tlsDir: string, bytes: Buffer): Promise<number> {
  const file = join(dir, 'static.webp')
  writeFileSync(file, bytes)
  const tls = {
    cert: readFileSync(join(tlsDir, 'cert.pem')),
    key: readFileSync(join(tlsDir, 'key.pem')),
  }
  const server = createSecureServer(tls, (req, res) => {
    const body = readFileSync(file)
    res.writeHead(200, { 'content-type': 'image/webp', 'content-length': body.length })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  try {
    return await requestsPerSecond(`https://127.0.0.1:${port}`, '/static.webp', {}, 32, 5_000)
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
