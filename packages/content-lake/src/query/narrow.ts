import type { ExprNode } from 'groq-js'
import type { SanityDocument } from '../json'
import { compileExpr, type Compiled, type Dereference } from './compile'
import { extractConstraints, type Constraint } from './constraints'
import { compileOrder, orderItems } from './order'
import { firstMatches, orderSignature, sortedSnapshot } from './orderedScan'
import { compileScore, scoreItems } from './score'
import { eachNode, mapChildren } from './walk'

/** A query tree whose `*[filter]` scans read only candidate documents where possible. */
export interface NarrowedQuery {
  tree: ExprNode
  /** True when some `*` still needs the whole dataset. */
  needsDataset: boolean
}

/** Finds candidates for a set of constraints: a superset of the matches, in dataset order, or null for "all". */
export type CandidateFinder = (constraints: Constraint[]) => SanityDocument[] | null

interface Context {
  params: Record<string, unknown>
  find: CandidateFinder
  /** The whole perspective, in dataset order. */
  all: () => SanityDocument[]
  /** Throws when the query must stop (time limit, shutdown); called as compiled filters run. */
  check: () => void
  /** Resolves `->` in compiled filters (the evaluator's dereference hook); none: left to groq-js. */
  deref: Dereference | undefined
}

const CHECK_EVERY = 256

/**
 * Rewrites a query so groq-js does less work, with results identical to a full scan:
 *
 * 1. `*[filter]` reads candidates from the indexes when the filter implies `_id`, `_type` or
 *    `slug.current` equalities: the filter still runs on every candidate, the candidates include every
 *    document the filter can accept, and they keep the dataset's order. Constraint values are literals or
 *    `$params`, the same wherever the filter is evaluated (also inside projections and sub-queries).
 * 2. A filter within the compiled subset (see compileExpr) is applied here, in plain JavaScript with
 *    groq-js's semantics, leaving groq-js a literal array of the matches.
 * 3. `order()` over such an array with compiled keys is sorted here with GROQ's total order and stable
 *    ties; under `[a...b]` or `[n]` only the needed prefix is selected. `score()` with compiled
 *    arguments is applied here too.
 * 4. `*[filter] | order(keys)[a...b]` that no index narrows walks the view in key order (sorted once
 *    until the next change) and stops at the b-th match, rather than filtering and ordering every
 *    document for each query: the related articles of each article page, the newest articles.
 *
 * Compiled `match` folds accents (see compileMatch): where it is compiled, "cafe" matches "café".
 * Compiled filters resolve `->` through `deref` (by id in the caller's view, as the evaluator does),
 * so a join such as `defined(article->_id)` keeps a filter on this path.
 *
 * `*` elsewhere, and `->` (resolved by id through the evaluator's dereference hook), still see the whole
 * dataset.
 */
export function narrowTree(
  tree: ExprNode,
  params: Record<string, unknown>,
  find: CandidateFinder,
  all: () => SanityDocument[] = () => [],
  check: () => void = () => undefined,
  deref?: Dereference,
): NarrowedQuery {
  const narrowed = optimize(tree, { params, find, all, check, deref })
  let needsDataset = false
  eachNode(narrowed, (node) => {
    // groq-js finds releases::all() by scanning the dataset for release documents.
    if (node.type === 'Everything' || (node.type === 'FuncCall' && node.namespace === 'releases'))
      needsDataset = true
  })
  return { tree: narrowed, needsDataset }
}

function optimize(node: ExprNode, ctx: Context): ExprNode {
  switch (node.type) {
    case 'Filter':
      return optimizeFilter(node.base, node.expr, ctx)
    case 'Slice':
    case 'AccessElement': {
      const limit =
        node.type === 'Slice'
          ? node.left >= 0 && node.right >= 0
            ? node.right + (node.isInclusive ? 1 : 0)
            : undefined
          : node.index >= 0
            ? node.index + 1
            : undefined
      return {
        ...node,
        base:
          node.base.type === 'PipeFuncCall'
            ? optimizeOrder(node.base, ctx, limit)
            : optimize(node.base, ctx),
      }
    }
    case 'PipeFuncCall':
      return optimizeOrder(node, ctx, undefined)
    default:
      return mapChildren(node, (child) => optimize(child, ctx))
  }
}

function optimizeFilter(baseNode: ExprNode, exprNode: ExprNode, ctx: Context): ExprNode {
  const expr = optimize(exprNode, ctx)
  const predicate = compileExpr(exprNode, ctx.params, ctx.deref)
  let base: ExprNode
  if (baseNode.type === 'Everything') {
    const constraints = extractConstraints(exprNode, ctx.params)
    const candidates = constraints.length > 0 ? ctx.find(constraints) : null
    base = candidates
      ? { type: 'Value', value: candidates }
      : predicate
        ? { type: 'Value', value: ctx.all() }
        : baseNode
  } else base = optimize(baseNode, ctx)
  if (predicate && base.type === 'Value' && Array.isArray(base.value))
    return { type: 'Value', value: matching(base.value, predicate, ctx) }
  return { type: 'Filter', base, expr }
}

function matching(items: readonly unknown[], predicate: Compiled, ctx: Context): unknown[] {
  // A first `match` over many documents splits each one's text into words: keep within the limits.
  return items.filter((item, i) => {
    if (i % CHECK_EVERY === 0) ctx.check()
    return predicate(item) === true
  })
}

/**
 * The first `limit` results of `*[filter] | order(keys)` when the filter and the keys compile:
 * from the index's candidates when one narrows the filter, else from the whole view sorted once
 * per snapshot (see sortedSnapshot), read only as far as `limit` matches. Undefined otherwise.
 */
function orderedPrefix(
  node: Extract<ExprNode, { type: 'PipeFuncCall' }>,
  ctx: Context,
  limit: number,
): unknown[] | undefined {
  const filter = node.base
  if (node.name !== 'order' || filter.type !== 'Filter' || filter.base.type !== 'Everything')
    return undefined
  const predicate = compileExpr(filter.expr, ctx.params, ctx.deref)
  const keys = compileOrder(node.args, ctx.params)
  if (!predicate || !keys) return undefined
  const constraints = extractConstraints(filter.expr, ctx.params)
  const candidates = constraints.length > 0 ? ctx.find(constraints) : null
  if (candidates) return orderItems(matching(candidates, predicate, ctx), keys, limit)
  const sorted = sortedSnapshot(ctx.all(), orderSignature(node.args, ctx.params), keys)
  return firstMatches(sorted, predicate, limit, ctx.check)
}

function optimizeOrder(
  node: Extract<ExprNode, { type: 'PipeFuncCall' }>,
  ctx: Context,
  limit: number | undefined,
): ExprNode {
  const prefix = limit === undefined ? undefined : orderedPrefix(node, ctx, limit)
  if (prefix) return { type: 'Value', value: prefix }
  const base = optimize(node.base, ctx)
  if (node.name === 'score' && base.type === 'Value' && Array.isArray(base.value)) {
    const score = compileScore(node.args, ctx.params)
    if (score) return { type: 'Value', value: scoreItems(base.value, score) }
  }
  const keys = node.name === 'order' ? compileOrder(node.args, ctx.params) : undefined
  if (keys && base.type === 'Value' && Array.isArray(base.value)) {
    return { type: 'Value', value: orderItems(base.value, keys, limit) }
  }
  return mapChildren({ ...node, base }, (child) => (child === base ? child : optimize(child, ctx)))
}
