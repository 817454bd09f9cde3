import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Static reference',
  robots: { index: false, follow: false },
}

/**
 * A minimal static page, the reference the benchmark (tests/bench/storefront.mjs) compares the
 * article page with. It reads no content, so it is prerendered at build; it is linked from nowhere.
 */
export default function StaticReferencePage() {
  return (
    <main>
      <h1>Static reference page</h1>
      <p>This page exists for benchmarks.</p>
    </main>
  )
}
