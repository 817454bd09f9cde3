import { parseFileFileName } from '../assets/ids'
import { send, serveImage } from '../assets/serve'
import type { RequestContext } from '../http/context'
import { notFound } from '../errors'
import type { LakeCore } from '../lake/core'
import { assertProject } from './shared'

/** `GET /images/:projectId/:dataset/:file[/:vanity]`: an image, transformed by its query parameters. */
export async function handleImage(ctx: RequestContext, core: LakeCore): Promise<void> {
  assertProject(ctx, core)
  const accept = ctx.headers.accept
  await serveImage(
    core,
    {
      dataset: ctx.params.dataset ?? '',
      fileName: ctx.params.file ?? '',
      search: ctx.url.searchParams,
      accept: Array.isArray(accept) ? accept.join(',') : (accept ?? ''),
      method: ctx.method,
    },
    ctx.res,
  )
}

/** `GET /files/:projectId/:dataset/:file[/:vanity]`: a file asset's bytes, while its document exists. */
export async function handleFile(ctx: RequestContext, core: LakeCore): Promise<void> {
  assertProject(ctx, core)
  const dataset = ctx.params.dataset ?? ''
  const name = ctx.params.file ?? ''
  const parsed = parseFileFileName(name)
  const doc = parsed ? core.datasets.get(dataset)?.get(parsed.id) : undefined
  const bytes = doc ? await core.assets.blobs.get(dataset, 'files', name) : undefined
  if (!bytes) throw notFound(`File not found: ${name}`)
  const mime = typeof doc?.mimeType === 'string' ? doc.mimeType : 'application/octet-stream'
  const dl = ctx.url.searchParams.get('dl')
  const original = typeof doc?.originalFilename === 'string' ? doc.originalFilename : name
  const headers: Record<string, string> =
    dl === null
      ? {}
      : {
          'content-disposition': `attachment; filename="${(dl || original).replace(/[^\w.-]+/g, '_')}"`,
        }
  send(ctx.res, ctx.method, bytes, mime, headers)
}
