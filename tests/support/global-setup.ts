import { browserPath } from './browser'
import { ensureBuilt, ensureStudioBuilt } from './build'

/**
 * Once per Jest run: stop at once with one message when there is no browser, then build the
 * storefront, the lake and the Studio if their sources changed.
 */
export default function globalSetup(): void {
  browserPath()
  ensureBuilt()
  ensureStudioBuilt()
}
