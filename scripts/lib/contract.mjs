import { tsImport } from 'tsx/esm/api'

/**
 * The webhook contract from @repo/content (TypeScript source, loaded through tsx): the projection
 * the storefront's /api/revalidate reads, so it is defined in exactly one place.
 */
export async function webhookContract() {
  const tags = await tsImport('@repo/content/cache-tags', import.meta.url)
  return { projection: tags.WEBHOOK_PROJECTION }
}

/** Every published document type the storefront renders: a change to any of them can show. */
export const PUBLISHED_TYPES = ['article', 'author', 'category', 'comment', 'deal', 'siteSettings']

/** The Content Lake configuration of a local stack: tokens and the storefront's webhook. */
export function lakeConfig({ secrets, revalidateUrl, projection }) {
  return {
    projectId: 'local',
    datasets: ['production'],
    tokens: [
      { name: 'Local editor', token: secrets.editorToken, role: 'editor' },
      { name: 'Storefront', token: secrets.storefrontWriteToken, role: 'editor' },
      { name: 'Storefront reader', token: secrets.viewerToken, role: 'viewer' },
    ],
    cors: [],
    // The Studio served by the lake signs in as the local editor (GET /local-session).
    localSession: 'Local editor',
    webhooks: [
      {
        name: 'storefront-revalidate',
        dataset: 'production',
        filter: `_type in ${JSON.stringify(PUBLISHED_TYPES)}`,
        projection,
        url: revalidateUrl,
        secret: secrets.webhookSecret,
        on: ['create', 'update', 'delete'],
      },
    ],
  }
}
