import type { ExprNode } from 'groq-js'
import type { Compiled } from './compiled'

type PathCall = Extract<ExprNode, { type: 'FuncCall' }>

/** `path("literal")`, the only form compiled (the pattern is then known before any document). */
export function isPathCall(node: ExprNode): node is PathCall {
  return (
    node.type === 'FuncCall' &&
    node.namespace === 'global' &&
    node.name === 'path' &&
    node.args.length === 1 &&
    node.args[0]?.type === 'Value' &&
    typeof node.args[0].value === 'string'
  )
}

/** `value in path("a.**")` as groq-js tests it: a string against the path's pattern, else null. */
export function compilePathTest(
  leftNode: ExprNode,
  path: PathCall,
  compileValue: (node: ExprNode, params: Record<string, unknown>) => Compiled | undefined,
  params: Record<string, unknown>,
): Compiled | undefined {
  const left = compileValue(leftNode, params)
  const arg = path.args[0]
  const pattern: unknown = arg?.type === 'Value' ? (arg.value as unknown) : undefined
  if (!left || typeof pattern !== 'string') return undefined
  const re = pathRegExp(pattern)
  return (self) => {
    const value = left(self)
    return typeof value === 'string' ? re.test(value) : null
  }
}

// groq-js's Path: `*` is one segment, `**` any run; the joining dot stays a regex wildcard as there.
function pathRegExp(pattern: string): RegExp {
  const parts = pattern
    .split('.')
    .map((part) =>
      part === '*' ? '[^.]+' : part === '**' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
  return new RegExp(`^${parts.join('.')}$`)
}
