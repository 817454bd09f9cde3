/**
 * The Studio's configuration, read once. Sanity exposes only SANITY_STUDIO_* variables to the
 * browser bundle. With no project id the Studio talks to the local Content Lake.
 */
const projectId = process.env.SANITY_STUDIO_PROJECT_ID?.trim() || undefined
const dataset = process.env.SANITY_STUDIO_DATASET?.trim() || 'production'

if (projectId !== undefined && !/^[a-z0-9-]{1,64}$/.test(projectId)) {
  throw new Error(
    `SANITY_STUDIO_PROJECT_ID must be a Sanity project id (a-z, 0-9, -), got "${projectId}"`,
  )
}
if (!/^[a-z0-9_-]{1,64}$/.test(dataset)) {
  throw new Error(
    `SANITY_STUDIO_DATASET must be a dataset name (a-z, 0-9, _ and -), got "${dataset}"`,
  )
}

const lakeUrl = process.env.SANITY_STUDIO_LAKE_URL?.trim().replace(/\/+$/, '') || undefined
if (lakeUrl !== undefined && !/^https?:\/\/[^/\s]+$/.test(lakeUrl)) {
  throw new Error(
    `SANITY_STUDIO_LAKE_URL must be an origin such as https://127.0.0.1:3334, got "${lakeUrl}"`,
  )
}

export const studioEnv = {
  /** Local mode: no Sanity project configured, use the local Content Lake. */
  local: projectId === undefined,
  projectId: projectId ?? 'local',
  dataset,
  /** Where "Open on site" links point. */
  siteUrl: process.env.SANITY_STUDIO_SITE_URL?.trim() || 'http://localhost:3000',
  /**
   * Local mode only: where the local Content Lake answers. Unset means the origin the Studio is
   * served from, because the lake serves the built Studio itself (one origin, one certificate).
   * Set it for `sanity dev`, for example to https://127.0.0.1:3334.
   */
  lakeUrl,
} as const
