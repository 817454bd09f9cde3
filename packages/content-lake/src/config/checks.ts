/** Collects config problems with their paths, so one run reports all of them. */
export class Problems {
  readonly list: string[] = []

  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`)
  }

  /** The value when it is a non-empty string, else records a problem. */
  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value
    this.add(path, 'must be a non-empty string')
    return undefined
  }

  /** The value when it is a string array, else records a problem. */
  strings(value: unknown, path: string): string[] {
    if (!Array.isArray(value)) {
      this.add(path, 'must be an array of strings')
      return []
    }
    return value.filter(
      (item, i): item is string => this.string(item, `${path}[${i}]`) !== undefined,
    )
  }

  /** The value when it is an integer in range, else records a problem. */
  integer(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
      return value
    this.add(path, `must be an integer from ${min} to ${max}`)
    return undefined
  }

  /** Records unknown keys, which are usually typos. */
  knownKeys(value: Record<string, unknown>, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.add(path ? `${path}.${key}` : key, `unknown key (allowed: ${allowed.join(', ')})`)
    }
  }
}

/** True for a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
