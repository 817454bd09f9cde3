import { feedResponse } from '@/lib/discovery/feed-response'

/** Atom 1.0 of the newest articles. */
export function GET(): Promise<Response> {
  return feedResponse('atom')
}
