/**
 * The migration's command line (what `npm start` and an operator run) against a real local lake
 * in the old form, and the revision guard that keeps an editor's concurrent change.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { moveMutations, type LegacyDocument } from '../src/migrations/private-comments'
import { legacyDataset } from './support/legacy-comments'
import { LAKE_EDITOR_TOKEN, startSeededLake, type TestLake } from './support/lake'

const SCRIPT = join(__dirname, '../scripts/migrate-private-comments.mjs')

let lake: TestLake
beforeAll(async () => {
  lake = await startSeededLake(legacyDataset())
}, 60_000)
afterAll(async () => lake?.close())

async function runCli(...args: string[]): Promise<string> {
  const { SANITY_PROJECT_ID: _hosted, ...inherited } = process.env
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], {
    env: { ...inherited, CONTENT_LAKE_URL: lake.url, SANITY_API_WRITE_TOKEN: LAKE_EDITOR_TOKEN },
  })
  return stdout
}

describe('the migration command', () => {
  it('refuses a stale comment: an edit made after reading fails the whole transaction', async () => {
    const read = await lake.editor.getDocument<LegacyDocument>('comment-01')
    if (!read) throw new Error('comment-01 is missing from the legacy dataset')
    await lake.editor.patch('comment-01').set({ status: 'spam' }).commit()
    const stale = lake.editor.transaction(moveMutations(read)).commit()
    await expect(stale).rejects.toMatchObject({ statusCode: 409 })
    expect(await lake.editor.getDocument('comments.01')).toBeUndefined()
  })

  it('moves every comment, then finds nothing to move', async () => {
    const first = await runCli()
    expect(first).toContain('moved comment-01 -> comments.01')
    expect(first).toContain('moved drafts.comment-04 -> drafts.comments.04')
    const status = await lake.editor.fetch<string | null>('*[_id == "comments.01"][0].status')
    expect(status).toBe('spam')
    expect(await runCli()).toBe('private comments: nothing to move\n')
  }, 60_000)
})
