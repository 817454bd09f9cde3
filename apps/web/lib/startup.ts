import { env } from '@/env'

// Invalid configuration stops the server at start, with one readable message and no stack.
try {
  env()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
