import type { ExprNode } from 'groq-js'
import type { Compiled } from './compiled'
import { compileTerms, type Term } from './textPatterns'
import { portableText } from './portableText'
import { pathKey, portableTextKey, statsOf, textsOf } from './textIndex'
import type { TokenStats } from './textTokens'

/** The words of a `match`'s left side for `@` = the argument: one list per text it holds. */
export type TextSource = (self: unknown) => TokenStats[]

/** A compiled `text match pattern`: its truth value and its `score()` contribution. */
export interface CompiledMatch {
  matches: Compiled
  score: (self: unknown) => number
}

type CompileValue = (node: ExprNode) => Compiled | undefined

const BM25_K = 1.2

/**
 * Compiles `left match right` with groq-js's semantics (every term must match some word; non-string
 * parts of the text are skipped; a pattern that is not strings matches nothing) and its BM25-like
 * score, but comparing words with case and accents folded.
 */
export function compileMatch(
  leftNode: ExprNode,
  rightNode: ExprNode,
  compileValue: CompileValue,
): CompiledMatch | undefined {
  const source = compileSource(leftNode, compileValue)
  const right = compileValue(rightNode)
  if (!source || !right) return undefined
  // Patterns are nearly always constants (`$terms`): compile them once.
  const constant = rightNode.type === 'Value' ? compileTerms(right(null)) : undefined
  const termsOf = (self: unknown): Term[] | null =>
    constant !== undefined ? constant : compileTerms(right(self))
  // Per document and term, with no arrays made: this runs for every candidate of a search.
  const frequency = (term: Term, texts: TokenStats[]): number => {
    let sum = 0
    for (const stats of texts) sum += term(stats)
    return sum
  }
  return {
    matches: (self) => {
      const terms = termsOf(self)
      if (terms === null || terms.length === 0) return false
      const texts = source(self)
      return terms.every((term) => frequency(term, texts) > 0)
    },
    score: (self) => {
      const terms = termsOf(self)
      if (terms === null) return 0
      const texts = source(self)
      let score = 0
      for (const term of terms) {
        const freq = frequency(term, texts)
        score += (freq * (BM25_K + 1)) / (freq + BM25_K)
      }
      return score
    },
  }
}

function compileSource(node: ExprNode, compileValue: CompileValue): TextSource | undefined {
  // An array literal's elements count only when they are strings (groq-js skips nested arrays).
  if (node.type === 'Array') {
    if (node.elements.some((element) => element.isSplat)) return undefined
    const parts = node.elements.map((element) => compileText(element.value, compileValue, false))
    if (parts.some((part) => part === undefined)) return undefined
    const sources = parts.filter((part): part is TextSource => part !== undefined)
    const all = (self: unknown): TokenStats[] => sources.flatMap((source) => source(self))
    // Kept per document like its parts, so a search does not gather them again for every document.
    const keys = node.elements.map((element) => textKey(element.value, false))
    if (keys.some((key) => key === undefined)) return all
    const key = `[${keys.join(',')}]`
    return (self) =>
      typeof self !== 'object' || self === null ? all(self) : textsOf(self, key, () => all(self))
  }
  return compileText(node, compileValue, true)
}

function compileText(
  node: ExprNode,
  compileValue: CompileValue,
  arraysToo: boolean,
): TextSource | undefined {
  const value = isPortableText(node)
    ? compilePortableText(node.args[0], compileValue)
    : compileValue(node)
  if (!value) return undefined
  const key = textKey(node, arraysToo)
  const texts = (self: unknown): TokenStats[] => {
    const result = value(self)
    if (typeof result === 'string') return [statsOf(result)]
    if (!arraysToo || !Array.isArray(result)) return []
    return result.filter((item): item is string => typeof item === 'string').map(statsOf)
  }
  return (self) =>
    typeof self !== 'object' || self === null || key === undefined
      ? texts(self)
      : textsOf(self, key, () => texts(self))
}

/**
 * Where a text's words are kept per document (see textIndex.ts): plain paths and `pt::text(path)`
 * under the keys the background indexer fills, anything else under its syntax tree.
 */
function textKey(node: ExprNode, arraysToo: boolean): string | undefined {
  if (isPortableText(node)) {
    const path = node.args[0] && attributePath(node.args[0])
    if (path) return portableTextKey(path)
  }
  const path = attributePath(node)
  if (path) return pathKey(path, arraysToo)
  const json = JSON.stringify(node)
  // An unbound `$param` may differ between queries with the same text: such words are not kept.
  return json.includes('"Parameter"') ? undefined : `${arraysToo ? 'a' : 's'}${json}`
}

/** `a.b.c` read from `@` as its names, or undefined for any other expression. */
function attributePath(node: ExprNode): string[] | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  if (!node.base || node.base.type === 'This') return [node.name]
  const base = attributePath(node.base)
  return base && [...base, node.name]
}

function isPortableText(node: ExprNode): node is Extract<ExprNode, { type: 'FuncCall' }> {
  return (
    node.type === 'FuncCall' &&
    node.namespace === 'pt' &&
    node.name === 'text' &&
    node.args.length === 1
  )
}

function compilePortableText(
  arg: ExprNode | undefined,
  compileValue: CompileValue,
): Compiled | undefined {
  const inner = arg && compileValue(arg)
  return inner && ((self) => portableText(inner(self)))
}
