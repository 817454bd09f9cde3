import type { WorkspaceOptions } from 'sanity'
import { createLocalAuthStore } from './authStore'
import { createLocalClient } from './client'
import { createLocalSignIn } from './LocalSignIn'

interface LocalBackendOptions {
  projectId: string
  dataset: string
  /** The lake's origin; undefined means the origin the Studio is served from. */
  lakeUrl: string | undefined
}

/**
 * The workspace options that point the Studio at the local Content Lake instead of Sanity:
 * a custom auth store (no sanity.io login) and a client factory for the lake's origin.
 */
export function localBackend(
  options: LocalBackendOptions,
): Pick<WorkspaceOptions, 'auth' | 'unstable_clientFactory'> {
  const lakeUrl = () => options.lakeUrl ?? window.location.origin
  const store = createLocalAuthStore({
    projectId: options.projectId,
    dataset: options.dataset,
    lakeUrl,
  })
  return {
    auth: { ...store, LoginComponent: createLocalSignIn(store) },
    unstable_clientFactory: (clientOptions) =>
      createLocalClient(clientOptions, lakeUrl(), store.currentToken()),
  }
}
