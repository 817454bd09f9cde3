import { createClient, type ClientConfig, type SanityClient } from '@sanity/client'

/**
 * A client for the local Content Lake. It talks to `apiHost` directly (no project hostname), sends
 * the local session token as a bearer token and never uses cookies or the CDN.
 */
export function createLocalClient(
  options: ClientConfig,
  apiHost: string,
  token: string | undefined,
): SanityClient {
  return createClient({
    ...options,
    apiHost,
    useProjectHostname: false,
    withCredentials: false,
    token,
    ignoreBrowserTokenWarning: true,
    useCdn: false,
  })
}
