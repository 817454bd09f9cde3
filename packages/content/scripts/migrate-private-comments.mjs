#!/usr/bin/env node
// Moves every root-path comment (`comment-<key>`, readable by anyone on a public dataset) and its
// draft to its private id (`comments.<key>`). Safe to run again: a second run changes nothing.
//
//   npm run migrate:private-comments -w @repo/content [-- --dry-run]
//
// Hosted: SANITY_PROJECT_ID, SANITY_DATASET (default production) and SANITY_API_WRITE_TOKEN (an
// Editor token: it reads drafts and writes). Local lake: no SANITY_PROJECT_ID; CONTENT_LAKE_URL
// (default https://127.0.0.1:3334), the editor token as SANITY_API_WRITE_TOKEN, and
// NODE_EXTRA_CA_CERTS pointing at the lake's certificate. `npm start` runs it by itself.
import { createClient } from '@sanity/client'
import { tsImport } from 'tsx/esm/api'

const LOCAL_LAKE_URL = 'https://127.0.0.1:3334'
const value = (name) => process.env[name]?.trim() || undefined

function clientFromEnv(apiVersion) {
  const token = value('SANITY_API_WRITE_TOKEN')
  if (!token) throw new Error('SANITY_API_WRITE_TOKEN (an Editor token) is required')
  const projectId = value('SANITY_PROJECT_ID')
  return createClient({
    projectId: projectId ?? 'local',
    dataset: value('SANITY_DATASET') ?? 'production',
    apiVersion,
    useCdn: false,
    token,
    ...(projectId
      ? {}
      : { apiHost: value('CONTENT_LAKE_URL') ?? LOCAL_LAKE_URL, useProjectHostname: false }),
  })
}

async function main() {
  const dryRun = process.argv.includes('--dry-run')
  const { migrateCommentsToPrivateIds } = await tsImport(
    '../src/migrations/private-comments.ts',
    import.meta.url,
  )
  const { API_VERSION } = await tsImport('../src/api-version.ts', import.meta.url)
  const log = (line) => console.log(`private comments: ${line}`)
  const moved = await migrateCommentsToPrivateIds(clientFromEnv(API_VERSION), { dryRun, log })
  if (moved.length === 0) log('nothing to move')
  for (const { from, to } of moved) log(`${dryRun ? 'would move' : 'moved'} ${from} -> ${to}`)
}

main().catch((error) => {
  console.error(`private comments: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
