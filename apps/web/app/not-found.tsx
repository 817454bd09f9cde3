import { NotFoundContent } from '@/components/site/not-found-content'
import { SiteChrome } from '@/components/site/site-chrome'

/**
 * The 404 for every URL no page matches (Next's own `/_not-found` route). Unlike a `notFound()`
 * thrown by a page, which Next sends as an empty error shell drawn in the browser, this route is
 * rendered on the server: its static shell (the message, the default header and footer) reads
 * without JavaScript, and the deal bar, header settings and category links stream in.
 */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  )
}
