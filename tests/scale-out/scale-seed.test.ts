import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { freePort } from '../support/ports'
import { StartedStack } from '../tooling/support/started-stack'

// A wrong seed file is refused before anything is built or started: these runs end at once.
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scale-seed-'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function refused(
  script: string,
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number | null; output: string; dataFiles: string[]; port: number }> {
  const port = await freePort()
  const start = new StartedStack(
    script,
    { ...env, STOREFRONT_PORT: String(port), LAKE_PORT: String(await freePort()) },
    args,
  )
  try {
    const code = await start.exited()
    return { code, output: start.output, dataFiles: readdirSync(start.dataDir), port }
  } finally {
    await start.close()
  }
}

/** Whether something answers on the port (a storefront or proxy the script should not have started). */
const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  )

describe('the seed file of npm start and npm run start:scaled', () => {
  it('refuses a file that does not exist, starting nothing', async () => {
    const missing = join(dir, 'missing.ndjson')
    const result = await refused('scripts/start.mjs', {}, ['--seed', missing])
    expect(result.code).toBe(1)
    expect(result.output).toContain(`npm start: The seed file ${missing} does not exist.`)
    expect(result.dataFiles).toEqual([])
    expect(await answers(result.port)).toBe(false)
  })

  it('refuses a file that is not NDJSON of documents, naming the line', async () => {
    const broken = join(dir, 'broken.ndjson')
    writeFileSync(broken, '{"_id": "a", "_type": "article"}\n\n{"_id": "b"}\n')
    const result = await refused('scripts/start-scaled.mjs', { LAKE_SEED_FILE: broken }, [])
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      `npm run start:scaled: The seed file ${broken} is not NDJSON of documents: line 3 has no string _type.`,
    )
    expect(result.dataFiles).toEqual([])
    expect(await answers(result.port)).toBe(false)
  })

  it('refuses an argument it does not know', async () => {
    const result = await refused('scripts/start.mjs', {}, ['--sead', 'catalogue.ndjson'])
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      "Unknown option '--sead'. The one option is --seed FILE.ndjson.",
    )
    expect(result.dataFiles).toEqual([])
  })
})
