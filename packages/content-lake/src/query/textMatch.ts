import type { ExprNode } from 'groq-js'
import type { Compiled } from './compiled'
import { compileTerms, type Term } from './textPatterns'
import { portableText } from './portableText'
import { tokenStats, Vocabulary, type TokenStats } from './textTokens'

/** The words of a `match`'s left side for `@` = the argument: one list per text it holds. */
export type TextSource = (self: unknown) => TokenStats[]

/** A compiled `text match pattern`: its truth value and its `score()` contribution. */
export interface CompiledMatch {
  matches: Compiled
  score: (self: unknown) => number
}

type CompileValue = (node: ExprNode) => Compiled | undefined

// Words per document version and text expression. Documents are never changed in place (a write
// makes a new object), so an entry lives exactly as long as the version it describes.
const cache = new WeakMap<object, Map<string, TokenStats[]>>()
// Beyond this many distinct words a fresh vocabulary starts (texts already split keep theirs).
const MAX_VOCABULARY = 2_000_000
let vocabulary = new Vocabulary()

function statsOf(text: string): TokenStats {
  if (vocabulary.words.length > MAX_VOCABULARY) vocabulary = new Vocabulary()
  return tokenStats(text, vocabulary)
}
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
  const frequencies = (self: unknown): number[] | null => {
    const terms = termsOf(self)
    if (terms === null || terms.length === 0) return null
    const texts = source(self)
    if (texts.every((stats) => stats.ids.length === 0)) return null
    return terms.map((term) => texts.reduce((sum, stats) => sum + term(stats), 0))
  }
  return {
    matches: (self) => frequencies(self)?.every((freq) => freq > 0) ?? false,
    score: (self) =>
      (frequencies(self) ?? []).reduce(
        (sum, freq) => sum + (freq * (BM25_K + 1)) / (freq + BM25_K),
        0,
      ),
  }
}

function compileSource(node: ExprNode, compileValue: CompileValue): TextSource | undefined {
  // An array literal's elements count only when they are strings (groq-js skips nested arrays).
  if (node.type === 'Array') {
    if (node.elements.some((element) => element.isSplat)) return undefined
    const parts = node.elements.map((element) => compileText(element.value, compileValue, false))
    if (parts.some((part) => part === undefined)) return undefined
    const sources = parts.filter((part): part is TextSource => part !== undefined)
    return (self) => sources.flatMap((source) => source(self))
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
  const json = JSON.stringify(node)
  // An unbound `$param` may differ between queries with the same text: such words are not kept.
  const key = json.includes('"Parameter"') ? undefined : `${arraysToo ? 'a' : 's'}${json}`
  const texts = (self: unknown): TokenStats[] => {
    const result = value(self)
    if (typeof result === 'string') return [statsOf(result)]
    if (!arraysToo || !Array.isArray(result)) return []
    return result.filter((item): item is string => typeof item === 'string').map(statsOf)
  }
  return (self) => {
    if (typeof self !== 'object' || self === null || key === undefined) return texts(self)
    let entries = cache.get(self)
    if (!entries) {
      entries = new Map()
      cache.set(self, entries)
    }
    const hit = entries.get(key)
    if (hit) return hit
    const computed = texts(self)
    entries.set(key, computed)
    return computed
  }
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
