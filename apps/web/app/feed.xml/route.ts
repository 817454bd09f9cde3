import { feedResponse } from '@/lib/discovery/feed-response'

/** RSS 2.0 of the newest articles. */
export function GET(): Promise<Response> {
  return feedResponse('rss')
}
