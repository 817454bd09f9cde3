import { startTestLake, type LakeOptions, type TestLake } from './lake'
import { freePort } from './ports'
import { startStorefront, type Storefront } from './storefront'

export interface Stack {
  lake: TestLake
  web: Storefront
  close(): Promise<void>
}

/**
 * A seeded lake in a temp dir and the built storefront on a free port, wired together: the
 * storefront reads the lake, the lake sends its signed webhook to the storefront.
 * Call `ensureBuilt()` first (the Jest global setup does).
 */
export async function startStack(options: Omit<LakeOptions, 'webhookUrl'> = {}): Promise<Stack> {
  const port = await freePort()
  const lake = await startTestLake({
    ...options,
    webhookUrl: `http://127.0.0.1:${port}/api/revalidate`,
  })
  let web: Storefront
  try {
    web = await startStorefront({ port, lake })
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
