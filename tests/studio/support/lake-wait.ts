import type { LakeApi } from '../../support/lake-api'

/**
 * Resolves once `query` (raw perspective) answers `expected`: the Studio saves edits a moment
 * after the keystrokes, so a bounded poll of the lake's API says when they have landed.
 */
export async function lakeAnswers(
  api: LakeApi,
  query: string,
  params: Record<string, unknown>,
  expected: unknown,
  ms = 30_000,
): Promise<void> {
  const deadline = Date.now() + ms
  let seen: unknown
  while (Date.now() < deadline) {
    seen = await api.query(query, params, 'raw')
    if (seen === expected) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${query} answers ${JSON.stringify(seen)}, not ${JSON.stringify(expected)}`)
}
