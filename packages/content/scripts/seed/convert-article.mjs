// Converts the shop page text of the first article (seed/source/*.txt) into its parts: the deal
// line at the top, the title, and the body as Portable Text. The page's "Leave a comment" line is
// dropped: the storefront's comment section replaces it. The text is kept exactly as written.
import { textBlock } from './portable-text.mjs'

/** The article's two main sections; the one-line headings under them become h3. */
export const SECTION_HEADINGS = [
  'What Causes Lower Back Pain After Exercise?',
  'Ways to Prevent Lower Back Pain After Exercise',
]

const DEAL_LINE = /^•\s*(?<label>[^:]+):\s*(?<message>.+?)\s+(?<emoji>\p{Extended_Pictographic}+)$/u
const LAST_LINE = 'Leave a comment'

// A short line without closing punctuation is a heading; every paragraph ends with . ! ? or :
const looksLikeHeading = (line) => line.length <= 90 && !/[.!?:;]\s*$/.test(line)

/** Splits the page into deal, title and body blocks; throws if the page is not shaped as expected. */
export function convertArticle(docId, source) {
  const lines = source.split('\n').filter((line) => line.trim() !== '')
  const [dealLine, title, ...rest] = lines
  const deal = DEAL_LINE.exec(dealLine ?? '')?.groups
  if (!deal) throw new Error(`The first line is not a deal line: ${JSON.stringify(dealLine)}`)
  if (rest.at(-1)?.trim() !== LAST_LINE) throw new Error(`The last line is not "${LAST_LINE}"`)
  let inSection = false
  const blocks = rest.slice(0, -1).map((line, index) => {
    if (SECTION_HEADINGS.includes(line.trim())) {
      inSection = true
      return textBlock(docId, index, 'h2', line.trim())
    }
    const kind = inSection && looksLikeHeading(line.trim()) ? 'h3' : 'normal'
    return textBlock(docId, index, kind, kind === 'h3' ? line.trim() : line)
  })
  return {
    deal: { label: deal.label, message: deal.message, emoji: deal.emoji },
    title: title.trim(),
    body: blocks,
  }
}
