import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { NotFoundContent } from './not-found-content'

/** The metadata of a 404 a page decides (Next adds `noindex` itself for the 404 status). */
export const notFoundMetadata: Metadata = { title: 'Page not found' }

// Throws inside its own Suspense boundary, after the message is rendered: Next sets the 404
// status and keeps the HTML outside the boundary, where a notFound() thrown by the page itself
// makes Next send an empty error document that only JavaScript fills.
async function NotFoundStatus(): Promise<never> {
  notFound()
}

/**
 * What a page renders when what its URL names does not exist (an unknown article, category or page
 * number): the 404 message in the HTML, readable without JavaScript, sent with status 404.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}
