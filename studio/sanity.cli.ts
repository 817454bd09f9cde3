import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './env'

// Telemetry is off through SANITY_TELEMETRY_DISABLED=1 (the CLI config has no setting for it).
export default defineCliConfig({
  api: { projectId: studioEnv.projectId, dataset: studioEnv.dataset },
  // The built Studio is served at the root of its origin (by the local lake, or any static host).
  project: { basePath: '/' },
  deployment: { autoUpdates: false },
})
