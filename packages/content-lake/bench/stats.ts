/** The p-th percentile (0-100) of a list of milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? NaN
}

/**
 * Runs `fn` repeatedly (after a warm-up) until `count` samples or `budgetMs` elapsed; returns latencies in ms.
 * `prepare` runs untimed before each sample.
 */
export async function measure(
  fn: (i: number) => Promise<unknown>,
  count: number,
  budgetMs: number,
  warmup = 5,
  prepare?: (i: number) => Promise<unknown>,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i)
  const samples: number[] = []
  const deadline = performance.now() + budgetMs
  for (let i = 0; i < count && (samples.length < 3 || performance.now() < deadline); i++) {
    if (prepare) await prepare(i)
    const started = performance.now()
    await fn(i + warmup)
    samples.push(performance.now() - started)
  }
  return samples
}

/** One row of the results table. */
export interface Row {
  docs: number
  operation: string
  lake: number[]
  groq: number[]
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))

/** A Markdown table of p50/p99 latencies and the lake/groq-js ratio. */
export function table(rows: Row[]): string {
  const lines = [
    '| docs | operation | lake p50 ms | lake p99 ms | groq-js p50 ms | groq-js p99 ms | p50 ratio lake/groq-js | samples (lake/groq-js) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ]
  for (const row of rows) {
    const lake50 = percentile(row.lake, 50)
    const groq50 = percentile(row.groq, 50)
    lines.push(
      `| ${row.docs.toLocaleString('en-US')} | ${row.operation} | ${ms(lake50)} | ${ms(percentile(row.lake, 99))} | ${ms(groq50)} | ${ms(percentile(row.groq, 99))} | ${(lake50 / groq50).toFixed(2)} | ${row.lake.length}/${row.groq.length} |`,
    )
  }
  return lines.join('\n')
}
