/** `*[_type=="x"]{"a":*[_type=="x"]{"a":…}}` nested `depth` times: 40^depth items over 40 `x` documents. */
export function nestedQuery(depth: number): string {
  let inner = '_id'
  for (let i = 0; i < depth; i++) inner = `*[_type == "x"]{"a": ${inner}}`
  return inner
}
