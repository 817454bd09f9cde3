import { startTestLake, type LakeOptions, type StudioLake, type TestLake } from './lake'
import { freePort } from './ports'
import { startStorefront, type Storefront } from './storefront'

export interface Stack<Lake extends TestLake = TestLake> {
  lake: Lake
  web: Storefront
  close(): Promise<void>
}

export type StackOptions = Omit<LakeOptions, 'webhookUrl'> & {
  /** Storefront variables on top of the wiring (e.g. a raised rate limit). */
  webEnv?: Record<string, string>
}

/**
 * A seeded lake in a temp dir and the built storefront on a free port, wired together: the
 * storefront reads the lake, the lake sends its signed webhook to the storefront. With
 * `studioDir` the lake serves that Studio too. Call `ensureBuilt()` first, and
 * `ensureStudioBuilt()` for a Studio (the Jest global setup does both).
 */
export function startStack(
  options: StackOptions & { studioDir: string },
): Promise<Stack<StudioLake>>
export function startStack(options?: StackOptions): Promise<Stack>
export async function startStack({ webEnv, ...lakeOptions }: StackOptions = {}): Promise<Stack> {
  const port = await freePort()
  const lake = await startTestLake({
    ...lakeOptions,
    webhookUrl: `http://127.0.0.1:${port}/api/revalidate`,
  })
  let web: Storefront
  try {
    web = await startStorefront({ port, lake, env: webEnv })
  } catch (error) {
    await lake.close()
    throw error
  }
  return {
    lake,
    web,
    async close() {
      await web.close()
      await lake.close()
    },
  }
}
