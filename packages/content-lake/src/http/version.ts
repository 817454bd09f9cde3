const VERSION_SEGMENT = /^v(1|X|\d{4}-\d{2}-\d{2})$/

/** Splits `/v2025-02-19/data/query/x` into the API version and the rest of the path. */
export function splitVersion(path: string): { apiVersion: string; rest: string } | undefined {
  const slash = path.indexOf('/', 1)
  const first = slash === -1 ? path.slice(1) : path.slice(1, slash)
  const match = VERSION_SEGMENT.exec(first)
  if (!match?.[1]) return undefined
  return { apiVersion: match[1], rest: slash === -1 ? '/' : path.slice(slash) }
}

/** Unversioned API paths. */
export const ROOT_API_PATHS = ['/health', '/local-session']

/** Unversioned path prefixes of the API: asset URLs (the Studio builds them against its own origin). */
export const ROOT_API_PREFIXES = ['/images/', '/files/']

/** True for API paths (which win over static files on the Studio port). */
export function isApiPath(path: string): boolean {
  return (
    ROOT_API_PATHS.includes(path) ||
    ROOT_API_PREFIXES.some((prefix) => path.startsWith(prefix)) ||
    splitVersion(path) !== undefined
  )
}

/** Compares an API version with a date; `X` (experimental) is the newest, `1` the oldest. */
export function isAtLeastVersion(apiVersion: string, date: string): boolean {
  if (apiVersion === 'X') return true
  if (apiVersion === '1') return false
  return apiVersion >= date
}
