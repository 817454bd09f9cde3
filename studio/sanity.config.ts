import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { studioEnv } from './env'
import { schemaTypes } from './schemaTypes'

export default defineConfig({
  name: 'default',
  title: 'Storefront blog',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  plugins: [structureTool()],
  schema: { types: schemaTypes },
})
