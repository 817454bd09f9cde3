import type { z } from 'zod'
import type { DroppedBlock, Result } from '../api'
import { toInvalidError, type InvalidError } from './invalid'
import { isFrameworkSignal, toUnavailable } from './unavailable'

export type QueryParams = Record<string, string | number | boolean | string[]>

/** Runs a GROQ query: @sanity/client in production, groq-js over fixtures in tests. */
export type Fetcher = (query: string, params: QueryParams) => Promise<unknown>

export interface ReaderContext {
  fetch: Fetcher
  onInvalid: (error: InvalidError) => void
  onDroppedBlock: (block: DroppedBlock) => void
}

/** A named query, so that errors and logs say which one failed. */
export interface NamedQuery {
  name: string
  query: string
}

/** Fetches; a network or HTTP failure becomes an `unavailable` error. */
export async function runQuery(
  ctx: ReaderContext,
  named: NamedQuery,
  params: QueryParams,
): Promise<Result<unknown>> {
  try {
    return { ok: true, data: await ctx.fetch(named.query, params) }
  } catch (error) {
    if (isFrameworkSignal(error)) throw error
    return { ok: false, error: toUnavailable(error, named.name) }
  }
}

type Parsed<S extends z.ZodType> =
  { ok: true; data: z.output<S> } | { ok: false; error: InvalidError }

/** Validates one result; an invalid one is reported through `onInvalid` and returned as an error. */
export function parseReported<S extends z.ZodType>(
  ctx: ReaderContext,
  schema: S,
  raw: unknown,
  name: string,
  remap?: (path: PropertyKey[]) => PropertyKey[],
): Parsed<S> {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const error = toInvalidError(parsed.error, raw, name, remap)
  ctx.onInvalid(error)
  return { ok: false, error }
}

/** Validates list items one by one: invalid items are reported and skipped, the rest is kept. */
export function parseEach<S extends z.ZodType>(
  ctx: ReaderContext,
  schema: S,
  items: unknown[],
  name: string,
): z.output<S>[] {
  return items.flatMap((item) => {
    const parsed = parseReported(ctx, schema, item, name)
    return parsed.ok ? [parsed.data] : []
  })
}
