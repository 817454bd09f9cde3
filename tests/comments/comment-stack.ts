import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { TestLake } from '../support/lake'
import { childEnv, ROOT } from '../support/paths'

/** The `_id` of the comment with this body, once the lake has it. */
export async function commentIdByBody(lake: TestLake, body: string): Promise<string> {
  const id = await lake.api.query<string | null>('*[_type == "comment" && body == $body][0]._id', {
    body,
  })
  if (!id) throw new Error(`no comment with body ${JSON.stringify(body)}`)
  return id
}

/**
 * Approves comments with @sanity/client and an editor token (in a child process that trusts the
 * lake's certificate), resolving once the storefront has taken each one's webhook.
 */
export async function approveAndWait(lake: TestLake, ids: string[]): Promise<void> {
  const from = lake.service.lines.length
  await promisify(execFile)(
    process.execPath,
    [join(__dirname, 'approve-comments.mjs'), lake.url, lake.tokens.editor, ...ids],
    {
      cwd: ROOT,
      env: childEnv({ NODE_EXTRA_CA_CERTS: lake.certPath }),
    },
  )
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await lake.service.waitForLine(
      new RegExp(`webhook "storefront" \\w+ ${escaped}: attempt \\d+ -> 200\\b`),
      { timeoutMs: 15_000, from },
    )
  }
}
