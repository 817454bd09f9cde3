#!/usr/bin/env node
// Rebuilds the search's folded copies (`searchText` documents) from the published articles of a
// dataset, in batches of 100, and deletes copies whose article is gone. Run it once on a hosted
// project before the first search (articles published before the storefront's webhook wrote
// copies), and after any time the webhook was down for longer than Sanity retries. Idempotent.
//
//   SANITY_PROJECT_ID=... SANITY_DATASET=production SANITY_API_WRITE_TOKEN=... \
//     npm run search:sync -w @repo/web
//
// CONTENT_LAKE_URL points it at another lake (the local one: https://127.0.0.1:3334, with
// NODE_EXTRA_CA_CERTS naming its certificate).
import { createClient } from '@sanity/client'
import { tsImport } from 'tsx/esm/api'

const { syncAllSearchTexts } = await tsImport('@repo/content/search-text-sync', import.meta.url)
const { API_VERSION } = await tsImport('@repo/content/api-version', import.meta.url)

function required(name) {
  const value = process.env[name]?.trim()
  if (!value) {
    console.error(`search:sync: ${name} is required (see apps/web/README.md, Search).`)
    process.exit(2)
  }
  return value
}

const apiHost = process.env.CONTENT_LAKE_URL?.trim()
const client = createClient({
  projectId: apiHost
    ? (process.env.SANITY_PROJECT_ID?.trim() ?? 'local')
    : required('SANITY_PROJECT_ID'),
  dataset: process.env.SANITY_DATASET?.trim() || 'production',
  apiVersion: API_VERSION,
  token: required('SANITY_API_WRITE_TOKEN'),
  useCdn: false,
  perspective: 'published',
  ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
})

const report = await syncAllSearchTexts(
  {
    fetch: (query, params) => client.fetch(query, params),
    commit: async (mutations) => {
      await client.transaction(mutations).commit({ visibility: 'sync', returnDocuments: false })
    },
  },
  (line) => console.log(`search:sync: ${line}`),
)
console.log(
  `search:sync: done: ${report.articles} published articles, ${report.written} copies written, ${report.deleted} orphaned copies deleted`,
)
