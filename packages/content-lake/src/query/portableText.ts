/**
 * `pt::text()` as groq-js computes it (evaluator/pt.ts): a block's span texts joined, blocks of an
 * array separated by a blank line (nested arrays flattened); null when there is no block text.
 */
export function portableText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const texts = arrayText(value, [])
    return texts.length > 0 ? texts.join('\n\n') : null
  }
  return isObject(value) ? blockText(value) : null
}

function arrayText(value: unknown[], result: string[]): string[] {
  for (const block of value) {
    if (Array.isArray(block)) arrayText(block, result)
    else if (isObject(block)) {
      const text = blockText(block)
      if (text !== null) result.push(text)
    }
  }
  return result
}

function blockText(block: Record<string, unknown>): string | null {
  const children = block['children']
  if (typeof block['_type'] !== 'string' || !Array.isArray(children)) return null
  let text = ''
  for (const child of children) {
    if (isObject(child) && child['_type'] === 'span' && typeof child['text'] === 'string')
      text += child['text']
  }
  return text
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
