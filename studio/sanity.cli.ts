import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './env'

export default defineCliConfig({
  api: { projectId: studioEnv.projectId, dataset: studioEnv.dataset },
  studioHost: undefined,
  autoUpdates: false,
  telemetry: false,
})
