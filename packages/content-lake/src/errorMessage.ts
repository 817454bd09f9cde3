/**
 * The message of anything thrown, with its cause. Duck-typed rather than `instanceof Error`, because errors
 * from Node internals (such as fetch's) can come from another realm, e.g. under Jest.
 */
export function errorMessage(error: unknown): string {
  const message = messageOf(error) ?? String(error)
  const cause =
    typeof error === 'object' && error !== null ? messageOf(Reflect.get(error, 'cause')) : undefined
  return cause ? `${message}: ${cause}` : message
}

function messageOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const message: unknown = Reflect.get(value, 'message')
  return typeof message === 'string' ? message : undefined
}
