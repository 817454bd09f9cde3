const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * `text` with every half surrogate pair replaced by U+FFFD, as a UTF-8 encoder would do. JSON can
 * carry such halves; nothing can store them and `encodeURIComponent` throws on them.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}
