import { readRawBody } from '../assets/body'
import { commitAsset } from '../assets/commit'
import type { AssetKind } from '../assets/ids'
import { prepareAsset, type UploadOptions } from '../assets/prepare'
import { requireEditor } from '../http/auth'
import type { RequestContext } from '../http/context'
import { sendJson } from '../http/respond'
import type { LakeCore } from '../lake/core'
import { datasetOf } from './shared'

/** `POST /assets/images/:dataset`: an image upload as `@sanity/client` and the Studio send it. */
export const handleImageUpload = (ctx: RequestContext, core: LakeCore): Promise<void> =>
  handleUpload('image', ctx, core)

/** `POST /assets/files/:dataset`: any other file. */
export const handleFileUpload = (ctx: RequestContext, core: LakeCore): Promise<void> =>
  handleUpload('file', ctx, core)

async function handleUpload(kind: AssetKind, ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  requireEditor(ctx.caller)
  const bytes = await readRawBody(ctx.req, core.assets.limits.maxUploadBytes)
  const prepared = await prepareAsset(
    kind,
    bytes,
    uploadOptions(ctx),
    { projectId: core.config.projectId, dataset: state.name, origin: ctx.url.origin },
    core.assets.blobs,
    core.assets.limits,
  )
  const document = await commitAsset(core, state, prepared, ctx.caller.userId)
  sendJson(ctx.res, 200, { document })
}

function uploadOptions(ctx: RequestContext): UploadOptions {
  const search = ctx.url.searchParams
  const text = (name: string): string | undefined => search.get(name) ?? undefined
  const options: UploadOptions = {
    filename: text('filename'),
    label: text('label'),
    title: text('title'),
    description: text('description'),
    creditLine: text('creditLine'),
    contentType: headerText(ctx.headers['content-type']),
  }
  const meta = search.getAll('meta')
  if (meta.length > 0) options.meta = meta.flatMap((value) => value.split(','))
  const sourceId = text('sourceId')
  const sourceName = text('sourceName')
  if (sourceId && sourceName)
    options.source = { id: sourceId, name: sourceName, url: text('sourceUrl') }
  return options
}

function headerText(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.split(';')[0]?.trim() || undefined
}
