import type { ExprNode } from 'groq-js'
import { LakeError } from '../errors'
import { eachNode } from './walk'

/** Rejects a query that uses a `$param` the request did not provide, as Sanity does. */
export function assertParamsProvided(
  tree: ExprNode,
  params: Record<string, unknown>,
  query: string,
): void {
  eachNode(tree, (node) => {
    if (node.type === 'Parameter' && !Object.hasOwn(params, node.name)) {
      throw new LakeError(
        400,
        'queryParseError',
        `param $${node.name} referenced, but not provided`,
        {
          query,
          start: 0,
          end: query.length,
        },
      )
    }
  })
}
