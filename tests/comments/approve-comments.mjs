// Approves comments the way an editor's tools do: @sanity/client with an editor token, patching
// status and moderatedAt. Run as its own process so NODE_EXTRA_CA_CERTS (read only at start-up)
// can trust the test lake's certificate: node approve-comments.mjs <lakeUrl> <token> <id>...
import { createClient } from '@sanity/client'

const [apiHost, token, ...ids] = process.argv.slice(2)
const client = createClient({
  projectId: 'local',
  dataset: 'production',
  apiHost,
  useProjectHostname: false,
  apiVersion: '2025-02-19',
  token,
  useCdn: false,
})
const moderatedAt = new Date().toISOString()
const transaction = ids.reduce(
  (tx, id) => tx.patch(id, (patch) => patch.set({ status: 'approved', moderatedAt })),
  client.transaction(),
)
const result = await transaction.commit({ visibility: 'sync' })
console.log(`approved ${result.results.length}: ${ids.join(', ')}`)
