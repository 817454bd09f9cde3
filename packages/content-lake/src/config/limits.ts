import { isRecord, type Problems } from './checks'
import { DEFAULT_LIMITS, type LakeLimits } from './types'

/** Each limit's allowed range: wide, but never zero (a zero limit would refuse everything). */
const RANGES: Record<keyof LakeLimits, [number, number]> = {
  queryTimeoutMs: [10, 10 * 60_000],
  maxQueryWork: [1_000, 1_000_000_000],
  maxResultBytes: [1024, 1024 ** 3],
  maxListeners: [1, 100_000],
  maxListenersPerClient: [1, 100_000],
  listenerBacklog: [1, 1_000_000],
}

const KEYS = Object.keys(RANGES) as Array<keyof LakeLimits>

/** Validates `limits` (every key optional) and fills in the defaults. */
export function validateLimits(value: unknown, p: Problems): LakeLimits {
  if (value === undefined) return DEFAULT_LIMITS
  if (!isRecord(value)) {
    p.add('limits', 'must be an object')
    return DEFAULT_LIMITS
  }
  p.knownKeys(value, 'limits', KEYS)
  const limits = { ...DEFAULT_LIMITS }
  for (const key of KEYS) {
    if (value[key] === undefined) continue
    const [min, max] = RANGES[key]
    const checked = p.integer(value[key], `limits.${key}`, min, max)
    if (checked !== undefined) limits[key] = checked
  }
  return limits
}
