/**
 * The Studio's configuration, read once. Sanity exposes only SANITY_STUDIO_* variables to the
 * browser bundle. With no project id the Studio talks to the local Content Lake.
 */
const projectId = process.env.SANITY_STUDIO_PROJECT_ID?.trim() || undefined
const dataset = process.env.SANITY_STUDIO_DATASET?.trim() || 'production'

if (projectId !== undefined && !/^[a-z0-9-]{1,64}$/.test(projectId)) {
  throw new Error(`SANITY_STUDIO_PROJECT_ID must be a Sanity project id (a-z, 0-9, -), got "${projectId}"`)
}
if (!/^[a-z0-9_-]{1,64}$/.test(dataset)) {
  throw new Error(`SANITY_STUDIO_DATASET must be a dataset name (a-z, 0-9, _ and -), got "${dataset}"`)
}

export const studioEnv = {
  /** Local mode: no Sanity project configured, use the local Content Lake. */
  local: projectId === undefined,
  projectId: projectId ?? 'local',
  dataset,
  /** Where "Open on site" links point. */
  siteUrl: process.env.SANITY_STUDIO_SITE_URL?.trim() || 'http://localhost:3000',
} as const
