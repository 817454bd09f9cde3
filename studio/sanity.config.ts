import { API_VERSION } from '@repo/content/api-version'
import { BasketIcon } from '@sanity/icons'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { resolveDocumentActions } from './actions/resolveActions'
import { resolveDocumentBadges } from './badges/resolveBadges'
import { studioEnv } from './env'
import { localBackend } from './local/backend'
import { storefrontPresentation } from './presentation'
import { schemaTypes } from './schemaTypes'
import { structure } from './structure'
import { NOT_CREATABLE_TYPES } from './structure/singletons'

// Features that live only in Sanity's hosted services; locally they would just call endpoints
// the local Content Lake does not have. Content Releases are not among them: the lake implements
// releases, their actions, perspectives, scheduling and the history the Releases tool reads.
const hostedOnlyFeatures = {
  scheduledDrafts: { enabled: false },
  scheduledPublishing: { enabled: false },
  tasks: { enabled: false },
  mediaLibrary: { enabled: false },
} as const

export default defineConfig({
  name: 'default',
  title: 'Storefront blog',
  subtitle: studioEnv.local ? 'Local Content Lake' : studioEnv.dataset,
  icon: BasketIcon,
  basePath: '/',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  ...(studioEnv.local
    ? {
        ...localBackend({
          projectId: studioEnv.projectId,
          dataset: studioEnv.dataset,
          lakeUrl: studioEnv.lakeUrl,
        }),
        ...hostedOnlyFeatures,
      }
    : {}),
  plugins: [
    structureTool({ structure, title: 'Content' }),
    storefrontPresentation({ siteUrl: studioEnv.siteUrl, local: studioEnv.local }),
    visionTool({
      defaultApiVersion: API_VERSION,
      defaultDataset: studioEnv.dataset,
      title: 'GROQ',
    }),
  ],
  // A release's activity panel reads Sanity's history events API (the lake answers it too) instead
  // of piecing the activity together from the release's transactions.
  beta: { eventsAPI: { releases: true } },
  schema: {
    types: schemaTypes,
    // Singletons and reader comments are never created from the Studio's "new document" menus.
    templates: (templates) =>
      templates.filter((template) => !NOT_CREATABLE_TYPES.has(template.schemaType)),
  },
  document: {
    actions: resolveDocumentActions,
    badges: resolveDocumentBadges,
    newDocumentOptions: (options) =>
      options.filter((option) => !NOT_CREATABLE_TYPES.has(option.templateId)),
    // Sanity's own field comments would be confused with reader comments; they also need hosted services.
    ...(studioEnv.local ? { comments: { enabled: false } } : {}),
  },
})
