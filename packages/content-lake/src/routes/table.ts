import { sendJson } from '../http/respond'
import type { Handler, Route } from '../http/router'
import { handleAcl, handleDatasets, handleMe, handleProject } from './access'
import { handleActions } from './actions'
import { handleFileUpload, handleImageUpload } from './assets'
import { handleDoc } from './doc'
import { handleFeatures } from './features'
import { handleHistoryDocuments, handleHistoryTransactions } from './history'
import { handleDocumentEvents, handleReleaseEvents } from './historyEvents'
import { handleFile, handleImage } from './images'
import { handleListen } from './listen'
import { handleLiveEvents } from './live'
import { handleLocalSession } from './localSession'
import { handleMutate } from './mutate'
import { handleQuery } from './query'
import { handleUsers } from './users'

/** The versioned API routes (paths after `/v{version}`). */
export const API_ROUTES: readonly Route[] = [
  { pattern: '/data/query/:dataset', methods: { GET: handleQuery, POST: handleQuery } },
  { pattern: '/data/doc/:dataset/:ids', methods: { GET: handleDoc } },
  { pattern: '/data/mutate/:dataset', methods: { POST: handleMutate } },
  { pattern: '/data/actions/:dataset', methods: { POST: handleActions } },
  { pattern: '/data/listen/:dataset', methods: { GET: handleListen } },
  {
    pattern: '/data/history/:dataset/transactions/:ids',
    methods: { GET: handleHistoryTransactions },
  },
  { pattern: '/data/history/:dataset/documents/:ids', methods: { GET: handleHistoryDocuments } },
  {
    pattern: '/data/history/:dataset/events/documents/:id',
    methods: { GET: handleDocumentEvents },
  },
  {
    pattern: '/data/history/:dataset/events/releases/:releaseId',
    methods: { GET: handleReleaseEvents },
  },
  { pattern: '/data/live/events/:dataset', methods: { GET: handleLiveEvents } },
  { pattern: '/assets/images/:dataset', methods: { POST: handleImageUpload } },
  { pattern: '/assets/files/:dataset', methods: { POST: handleFileUpload } },
  { pattern: '/projects/:projectId/datasets/:dataset/acl', methods: { GET: handleAcl } },
  { pattern: '/projects/:projectId/datasets', methods: { GET: handleDatasets } },
  { pattern: '/projects/:projectId', methods: { GET: handleProject } },
  { pattern: '/features', methods: { GET: handleFeatures } },
  { pattern: '/users/me', methods: { GET: handleMe } },
  { pattern: '/users/:ids', methods: { GET: handleUsers } },
]

/** Unversioned routes. */
export const ROOT_ROUTES: readonly Route[] = [
  { pattern: '/health', methods: { GET: async (ctx) => sendJson(ctx.res, 200, { ok: true }) } },
  { pattern: '/local-session', methods: { GET: handleLocalSession } },
  ...assetRoutes('images', handleImage),
  ...assetRoutes('files', handleFile),
]

/** Asset URLs, with and without the optional vanity file name `@sanity/image-url` may append. */
function assetRoutes(kind: string, handler: Handler): Route[] {
  const methods = { GET: handler, HEAD: handler }
  return [
    { pattern: `/${kind}/:projectId/:dataset/:file`, methods },
    { pattern: `/${kind}/:projectId/:dataset/:file/:vanity`, methods },
  ]
}
