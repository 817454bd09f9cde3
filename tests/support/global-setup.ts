import { ensureBuilt, ensureStudioBuilt } from './build'

/** Once per Jest run: build the storefront, the lake and the Studio if their sources changed. */
export default function globalSetup(): void {
  ensureBuilt()
  ensureStudioBuilt()
}
