import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Sized static reference',
  robots: { index: false, follow: false },
}

/** About as many characters of HTML as the long seed article page (60 kB). */
const PARAGRAPHS = 80
const SENTENCE =
  'Stretching after a workout keeps the hamstrings long and takes strain off the lower back — a habit that’s worth ten minutes of “cool-down” time. '

/**
 * A static page about the size of the long article page: the benchmark (tests/bench/storefront.mjs)
 * compares the article with it to tell the cost of the article's bytes on the wire from the cost
 * of serving a content page. It reads no content, so it is prerendered at build; it is linked from
 * nowhere.
 */
export default function SizedStaticReferencePage() {
  return (
    <main>
      <h1>Sized static reference page</h1>
      {Array.from({ length: PARAGRAPHS }, (_, index) => (
        <p key={index}>{`${index + 1}. ${SENTENCE.repeat(2)}`}</p>
      ))}
    </main>
  )
}
