import { env } from '@/env'
import { COMMENTS_UNREADABLE } from '@/lib/content/comments-access'

// Invalid configuration stops the server at start, with one readable message and no stack.
try {
  if (!env().readToken) console.warn(COMMENTS_UNREADABLE)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
