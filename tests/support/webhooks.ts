import type { TestLake } from './lake'

/**
 * Runs `change` (a write to the lake) and resolves once the lake has delivered the resulting
 * webhook for `documentId` and the storefront answered 200: from then on, the next page load
 * must show the change.
 */
export async function publishAndWait(
  lake: TestLake,
  documentId: string,
  change: () => Promise<unknown>,
): Promise<void> {
  const from = lake.service.lines.length
  await change()
  const escaped = documentId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await lake.service.waitForLine(
    new RegExp(`webhook "storefront" \\w+ ${escaped}: attempt \\d+ -> 200\\b`),
    { timeoutMs: 15_000, from },
  )
}
