import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './env'

// Telemetry is off through SANITY_TELEMETRY_DISABLED=1 (the CLI config has no setting for it).
export default defineCliConfig({
  api: { projectId: studioEnv.projectId, dataset: studioEnv.dataset },
  // The built Studio is served at the root of its origin (by the local lake, or any static host).
  project: { basePath: '/' },
  deployment: { autoUpdates: false },
  // TypeGen writes the content package's types (scripts/typegen.mjs); TYPEGEN_SCHEMA and
  // TYPEGEN_OUTPUT let its staleness check generate into a temporary folder instead.
  typegen: {
    path: '../packages/content/src/**/*.ts',
    schema: process.env.TYPEGEN_SCHEMA ?? '../packages/content/schema.json',
    generates: process.env.TYPEGEN_OUTPUT ?? '../packages/content/src/sanity.types.ts',
    overloadClientMethods: true,
  },
})
