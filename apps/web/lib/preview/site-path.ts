/** A path on this site to return to, or `/`: never another origin (`//host`, `/\host`, a scheme). */
export function sitePath(value: string | null): string {
  if (value === null || !/^\/(?![/\\])[\x21-\x7e]*$/.test(value)) return '/'
  return value
}
