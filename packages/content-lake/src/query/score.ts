import type { ExprNode } from 'groq-js'
import { compileExpr } from './compile'
import { groqType } from './semantics'
import { compileMatch } from './textMatch'

type ScoreFn = (self: unknown) => number

/**
 * Compiles `score()` arguments as groq-js scores them (evaluator/scoring.ts): `match` by BM25 over
 * its terms, `boost(x, n)` adds n to a positive score, `||` sums, `&&` sums only when both score, and
 * any other expression counts 1 when true. Undefined when a part is beyond the compiled subset.
 */
export function compileScore(
  args: ExprNode[],
  params: Record<string, unknown>,
): ScoreFn | undefined {
  const parts = args.map((arg) => compileScorePart(arg, params))
  if (parts.some((part) => part === undefined)) return undefined
  const fns = parts.filter((part): part is ScoreFn => part !== undefined)
  return (self) => fns.reduce((sum, fn) => sum + fn(self), 0)
}

function compileScorePart(node: ExprNode, params: Record<string, unknown>): ScoreFn | undefined {
  if (node.type === 'OpCall' && node.op === 'match')
    return compileMatch(node.left, node.right, (child) => compileExpr(child, params))?.score
  if (node.type === 'FuncCall' && node.name === 'boost') {
    const [innerNode, boostNode] = node.args
    const inner = innerNode && compileScorePart(innerNode, params)
    const boost = boostNode && compileExpr(boostNode, params)
    if (!inner || !boost) return undefined
    return (self) => {
      const score = inner(self)
      const extra = boost(self)
      return typeof extra === 'number' && score > 0 ? score + extra : 0
    }
  }
  if (node.type === 'Or' || node.type === 'And') {
    const left = compileScorePart(node.left, params)
    const right = compileScorePart(node.right, params)
    if (!left || !right) return undefined
    return node.type === 'Or'
      ? (self) => left(self) + right(self)
      : (self) => {
          const a = left(self)
          const b = right(self)
          return a === 0 || b === 0 ? 0 : a + b
        }
  }
  const predicate = compileExpr(node, params)
  return predicate && ((self) => (predicate(self) === true ? 1 : 0))
}

/** `items | score(...)`: the objects only, each with `_score` added to any it had, best first (stable). */
export function scoreItems(items: readonly unknown[], score: ScoreFn): Record<string, unknown>[] {
  const scored: Record<string, unknown>[] = []
  for (const item of items) {
    if (groqType(item) !== 'object') continue
    const object = item as Record<string, unknown>
    const previous = object['_score']
    const base = typeof previous === 'number' ? previous : 0
    scored.push({ ...object, _score: base + score(item) })
  }
  return scored.sort((a, b) => Number(b['_score']) - Number(a['_score']))
}
