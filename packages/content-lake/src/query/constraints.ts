import type { ExprNode } from 'groq-js'

/** An indexed field a filter can be narrowed by. */
export type IndexedField = '_id' | '_type' | 'slug'

/** "The document's `field` is one of `values`": a necessary condition taken from a filter's conjuncts. */
export interface Constraint {
  field: IndexedField
  values: string[]
}

/**
 * The equality constraints on indexed fields that every document passing `filter` must satisfy: the
 * filter's top-level `&&` conjuncts of the form `field == constant` or `field in [constants]`, where a
 * constant is a literal or a `$param`. Anything else (`||`, functions, non-string constants) adds nothing,
 * so the result is always implied by the filter.
 */
export function extractConstraints(
  filter: ExprNode,
  params: Record<string, unknown>,
): Constraint[] {
  switch (filter.type) {
    case 'And':
      return [
        ...extractConstraints(filter.left, params),
        ...extractConstraints(filter.right, params),
      ]
    case 'Group':
      return extractConstraints(filter.base, params)
    case 'OpCall':
      return fromComparison(filter.op, filter.left, filter.right, params)
    default:
      return []
  }
}

function fromComparison(
  op: string,
  left: ExprNode,
  right: ExprNode,
  params: Record<string, unknown>,
): Constraint[] {
  if (op === '==') {
    const direct = equality(left, right, params) ?? equality(right, left, params)
    return direct ? [direct] : []
  }
  if (op === 'in') {
    const field = indexedField(left)
    const values = field ? constantStrings(right, params) : undefined
    return field && values ? [{ field, values }] : []
  }
  return []
}

function equality(
  attribute: ExprNode,
  constant: ExprNode,
  params: Record<string, unknown>,
): Constraint | undefined {
  const field = indexedField(attribute)
  const value = field ? constantValue(constant, params) : undefined
  return field && typeof value === 'string' ? { field, values: [value] } : undefined
}

/** `_id`, `_type` or `slug.current` read from the current document (`@`). */
function indexedField(node: ExprNode): IndexedField | undefined {
  if (node.type !== 'AccessAttribute' || !isCurrentDocument(node.base)) {
    if (
      node.type === 'AccessAttribute' &&
      node.name === 'current' &&
      node.base?.type === 'AccessAttribute'
    ) {
      return node.base.name === 'slug' && isCurrentDocument(node.base.base) ? 'slug' : undefined
    }
    return undefined
  }
  return node.name === '_id' || node.name === '_type' ? node.name : undefined
}

function isCurrentDocument(base: ExprNode | undefined): boolean {
  return base === undefined || base.type === 'This'
}

function constantValue(node: ExprNode, params: Record<string, unknown>): unknown {
  if (node.type === 'Value') return node.value
  if (node.type === 'Parameter')
    return Object.hasOwn(params, node.name) ? params[node.name] : undefined
  return undefined
}

/** A constant array of strings, or undefined (any non-string element could equal a missing field's null). */
function constantStrings(node: ExprNode, params: Record<string, unknown>): string[] | undefined {
  const value =
    node.type === 'Array'
      ? node.elements.map((element) =>
          element.isSplat ? undefined : constantValue(element.value, params),
        )
      : constantValue(node, params)
  if (!Array.isArray(value)) return undefined
  return value.every((item): item is string => typeof item === 'string') ? value : undefined
}
