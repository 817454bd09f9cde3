import type { ExprNode } from 'groq-js'

/** True for a value that looks like a GROQ AST node. */
export function isNode(value: unknown): value is ExprNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof Reflect.get(value, 'type') === 'string'
  )
}

/**
 * Applies `fn` to the direct child nodes of `node` (also those inside arrays, such as object attributes),
 * returning a copy only when a child changed. `Value` nodes hold data, not AST, and are returned as is.
 */
export function mapChildren(node: ExprNode, fn: (child: ExprNode) => ExprNode): ExprNode {
  if (node.type === 'Value') return node
  let copy: Record<string, unknown> | undefined
  for (const [key, child] of Object.entries(node)) {
    const next: unknown = isNode(child)
      ? fn(child)
      : Array.isArray(child)
        ? mapArray(child, fn)
        : child
    if (next !== child) {
      copy ??= { ...node }
      copy[key] = next
    }
  }
  // The copy has the same shape as `node` with children of the same node types, so it is still an ExprNode.
  return copy ? (copy as unknown as ExprNode) : node
}

function mapArray(items: unknown[], fn: (child: ExprNode) => ExprNode): unknown[] {
  let changed = false
  const next = items.map((item) => {
    const mapped = isNode(item) ? fn(item) : item
    if (mapped !== item) changed = true
    return mapped
  })
  return changed ? next : items
}

/** Calls `visit` for every node of the tree (not descending into `Value` data). */
export function eachNode(node: ExprNode, visit: (node: ExprNode) => void): void {
  visit(node)
  if (node.type === 'Value') return
  for (const child of Object.values(node)) {
    if (isNode(child)) eachNode(child, visit)
    else if (Array.isArray(child)) child.forEach((item) => isNode(item) && eachNode(item, visit))
  }
}
