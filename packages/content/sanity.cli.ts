/**
 * Sanity CLI config for this package, used only by `sanity typegen generate` (scripts/typegen.mjs).
 * The CLI needs a project root to run; the schema itself comes from the Studio via `schema.json`.
 * TYPEGEN_SCHEMA / TYPEGEN_OUTPUT let the staleness check generate into a temporary directory.
 */
import { defineCliConfig } from 'sanity/cli'

export default defineCliConfig({
  typegen: {
    path: './src/**/*.ts',
    schema: process.env.TYPEGEN_SCHEMA ?? './schema.json',
    generates: process.env.TYPEGEN_OUTPUT ?? './src/sanity.types.ts',
    overloadClientMethods: true,
  },
})
