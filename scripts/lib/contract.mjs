import { tsImport } from 'tsx/esm/api'

/**
 * The webhook contract from @repo/content (TypeScript source, loaded through tsx): which changes
 * reach the storefront's /api/revalidate (every change readers can see: a comment only once it is,
 * or was, approved) and the projection the route reads, so both are defined in exactly one place.
 */
export async function webhookContract() {
  const tags = await tsImport('@repo/content/cache-tags', import.meta.url)
  return { filter: tags.WEBHOOK_FILTER, projection: tags.WEBHOOK_PROJECTION }
}

/** The Content Lake configuration of a local stack: tokens and the storefront's webhook. */
export function lakeConfig({ secrets, revalidateUrl, filter, projection }) {
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
        filter,
        projection,
        url: revalidateUrl,
        secret: secrets.webhookSecret,
        on: ['create', 'update', 'delete'],
      },
    ],
  }
}
