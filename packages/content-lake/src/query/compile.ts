import type { ExprNode } from 'groq-js'
import { compileArrayForm } from './compileArrays'
import { compilePathTest, isPathCall } from './pathTest'
import { groqEqual, partialCompare } from './semantics'
import { compileMatch } from './textMatch'
import type { Compiled } from './compiled'

export type { Compiled }

/** Resolves a reference's `_ref` to the document the query's view holds, or null (as `->` does). */
export type Dereference = (id: string) => unknown

/**
 * Compiles the part of GROQ that storefront filters and sort keys use into plain functions with groq-js's
 * semantics (three-valued logic included): attribute paths on `@`, literals, `$params`, `==`, `!=`, `<`,
 * `<=`, `>`, `>=`, `in` over arrays and `path()`, `match` (see compileMatch), `&&`, `||`, `!`,
 * `defined()`, parentheses, and array traversal, filters on arrays and `count()` (see compileArrayForm),
 * and `->` when the caller passes how to resolve it (`deref`, the evaluator's dereference hook).
 * Anything else gives
 * undefined, and the caller leaves the expression to groq-js.
 */
export function compileExpr(
  node: ExprNode,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  switch (node.type) {
    case 'This':
      return (self) => self
    case 'Value': {
      // Literals, and `$params` bound at parse time (which may be arrays or objects).
      const value: unknown = node.value ?? null
      return () => value
    }
    case 'Parameter': {
      const value = params[node.name] ?? null
      return () => value
    }
    case 'Group':
      return compileExpr(node.base, params, deref)
    case 'AccessAttribute':
      return compileAttribute(node.name, node.base, params, deref)
    case 'And':
    case 'Or':
      return compileLogic(node.type, node.left, node.right, params, deref)
    case 'Not': {
      const base = compileExpr(node.base, params, deref)
      return (
        base &&
        ((self) => {
          const value = base(self)
          return typeof value === 'boolean' ? !value : null
        })
      )
    }
    case 'Deref':
      return compileDeref(node.base, params, deref)
    case 'OpCall':
      return compileOperator(node.op, node.left, node.right, params, deref)
    case 'FuncCall':
      return node.namespace === 'global' && node.name === 'defined' && node.args.length === 1
        ? compileDefined(node.args[0], params, deref)
        : compileArrayForm(node, (child) => compileExpr(child, params, deref))
    default:
      return compileArrayForm(node, (child) => compileExpr(child, params, deref))
  }
}

function compileAttribute(
  name: string,
  baseNode: ExprNode | undefined,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  const base = baseNode ? compileExpr(baseNode, params, deref) : (self: unknown) => self
  if (!base) return undefined
  return (self) => {
    const value = base(self)
    if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      !Object.hasOwn(value, name)
    )
      return null
    return (Reflect.get(value, name) as unknown) ?? null
  }
}

function compileLogic(
  type: 'And' | 'Or',
  leftNode: ExprNode,
  rightNode: ExprNode,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  const left = compileExpr(leftNode, params, deref)
  const right = compileExpr(rightNode, params, deref)
  if (!left || !right) return undefined
  // `&&` is false if either side is false, true if both are true, else null; `||` mirrors it.
  const decisive = type === 'Or'
  return (self) => {
    const a = left(self)
    // Compiled expressions have no side effects, so the right side need not run once the left decides.
    if (a === decisive) return decisive
    const b = right(self)
    if (b === decisive) return decisive
    return typeof a === 'boolean' && typeof b === 'boolean' ? !decisive : null
  }
}

function compileOperator(
  op: string,
  leftNode: ExprNode,
  rightNode: ExprNode,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  if (op === 'match')
    return compileMatch(leftNode, rightNode, (node) => compileExpr(node, params, deref))?.matches
  if (op === 'in' && isPathCall(rightNode))
    return compilePathTest(leftNode, rightNode, compileExpr, params)
  const left = compileExpr(leftNode, params, deref)
  const right =
    rightNode.type === 'Array'
      ? compileArray(rightNode.elements, params, deref)
      : compileExpr(rightNode, params, deref)
  if (!left || !right) return undefined
  switch (op) {
    case '==':
      return (self) => groqEqual(left(self), right(self))
    case '!=':
      return (self) => !groqEqual(left(self), right(self))
    case 'in':
      return (self) => {
        const list = right(self)
        if (!Array.isArray(list)) return null
        const value = left(self)
        return list.some((item) => groqEqual(value, item))
      }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return (self) => {
        const c = partialCompare(left(self), right(self))
        if (c === null) return null
        return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0
      }
    default:
      return undefined
  }
}

function compileArray(
  elements: Array<{ value: ExprNode; isSplat: boolean }>,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  const items: Compiled[] = []
  for (const element of elements) {
    const item = element.isSplat ? undefined : compileExpr(element.value, params, deref)
    if (!item) return undefined
    items.push(item)
  }
  return (self) => items.map((item) => item(self))
}

function compileDefined(
  arg: ExprNode | undefined,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  const inner = arg && compileExpr(arg, params, deref)
  return inner && ((self) => inner(self) !== null)
}

/** `base->` as groq-js evaluates it: an object's string `_ref` resolved by `deref`, else null. */
function compileDeref(
  baseNode: ExprNode,
  params: Record<string, unknown>,
  deref?: Dereference,
): Compiled | undefined {
  const base = deref && compileExpr(baseNode, params, deref)
  if (!deref || !base) return undefined
  return (self) => {
    const value = base(self)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
    const id: unknown = Reflect.get(value, '_ref')
    return typeof id === 'string' ? (deref(id) ?? null) : null
  }
}
