import type { ExprNode } from 'groq-js'
import type { Compiled } from './compiled'

type CompileNode = (node: ExprNode) => Compiled | undefined

/**
 * The array forms of GROQ that storefront filters use, with groq-js's semantics (evaluator ArrayCoerce,
 * Map, FlatMap, Filter and `count`): `a[]` is `a` when it is an array, else null; `a[].b` maps every
 * element (null where it has no `b`); `a[].b[]` flattens one level; `a[cond]` keeps the elements for
 * which `cond` is exactly true; `count(a)` is the length of an array, else null. A non-array base gives
 * null throughout. Inside these, `@` is the element; `^` is never compiled, so scopes need no more.
 * Returns undefined for any other node (or an uncompiled part), leaving it to groq-js.
 */
export function compileArrayForm(node: ExprNode, compile: CompileNode): Compiled | undefined {
  switch (node.type) {
    case 'ArrayCoerce': {
      const base = compile(node.base)
      return (
        base &&
        ((self) => {
          const value = base(self)
          return Array.isArray(value) ? value : null
        })
      )
    }
    case 'Map':
    case 'FlatMap':
    case 'Filter':
      return compileIteration(node.type, node.base, node.expr, compile)
    case 'FuncCall':
      return isCount(node) ? compileCount(node.args[0], compile) : undefined
    default:
      return undefined
  }
}

function isCount(node: Extract<ExprNode, { type: 'FuncCall' }>): boolean {
  return node.namespace === 'global' && node.name === 'count' && node.args.length === 1
}

function compileCount(arg: ExprNode | undefined, compile: CompileNode): Compiled | undefined {
  const inner = arg && compile(arg)
  return (
    inner &&
    ((self) => {
      const value = inner(self)
      return Array.isArray(value) ? value.length : null
    })
  )
}

function compileIteration(
  type: 'Map' | 'FlatMap' | 'Filter',
  baseNode: ExprNode,
  exprNode: ExprNode,
  compile: CompileNode,
): Compiled | undefined {
  const base = compile(baseNode)
  const expr = compile(exprNode)
  if (!base || !expr) return undefined
  return (self) => {
    const items = base(self)
    if (!Array.isArray(items)) return null
    const result: unknown[] = []
    for (const item of items as unknown[]) {
      const inner = expr(item)
      if (type === 'Filter') {
        if (inner === true) result.push(item)
      } else if (type === 'FlatMap' && Array.isArray(inner)) result.push(...(inner as unknown[]))
      else result.push(inner)
    }
    return result
  }
}
