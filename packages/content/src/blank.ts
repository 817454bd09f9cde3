/**
 * An empty or all-space string as `undefined`, for `z.preprocess`: an empty form field or an
 * environment variable set to nothing means "not given", so the schema's default or `optional`
 * applies instead of a length or format error.
 */
export const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value
