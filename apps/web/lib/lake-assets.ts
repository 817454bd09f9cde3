/** Where the storefront passes the local lake's asset URLs through (see app/lake/[...path]/route.ts). */
export const LAKE_ASSET_PATH = '/lake'

/**
 * The lake URL for a pass-through request, or undefined for anything but an image or file URL: the
 * route must not become a proxy to the lake's API. Path segments are checked, never joined blindly.
 */
export function lakeAssetUpstream(apiHost: string, url: URL): string | undefined {
  const rest = url.pathname.slice(LAKE_ASSET_PATH.length)
  const match =
    /^\/(images|files)\/([a-z0-9-]+)\/([a-z0-9_-]+)\/([A-Za-z0-9.-]+)(\/[A-Za-z0-9._-]+)?$/.exec(
      rest,
    )
  if (!match) return undefined
  return `${apiHost}${rest}${url.search}`
}
