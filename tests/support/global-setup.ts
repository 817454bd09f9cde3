import { ensureBuilt } from './build'

/** Once per Jest run: build the storefront and the lake if their sources changed. */
export default function globalSetup(): void {
  ensureBuilt()
}
