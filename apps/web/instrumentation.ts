/**
 * Runs once when the server starts. `NEXT_RUNTIME` is not configuration: Next inlines it per
 * bundle, so the Node-only check below never reaches the Edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/startup')
}
