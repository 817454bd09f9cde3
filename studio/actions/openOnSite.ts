import { LaunchIcon } from '@sanity/icons'
import type { DocumentActionComponent } from 'sanity'
import { studioEnv } from '../env'
import { articleUrl } from '../lib/siteUrl'

function slugOf(doc: Record<string, unknown> | null): unknown {
  const slug = doc?.slug
  return typeof slug === 'object' && slug !== null && 'current' in slug ? slug.current : undefined
}

/** Opens the published article on the storefront in a new tab. */
export const OpenOnSiteAction: DocumentActionComponent = (props) => {
  // The site shows the published article, so link to its published slug.
  const url = articleUrl(studioEnv.siteUrl, slugOf(props.published))
  return {
    label: 'Open on site',
    icon: LaunchIcon,
    disabled: url === undefined,
    title: url ?? 'Publish the article (with a slug) to see it on the site',
    onHandle: () => {
      if (url !== undefined) window.open(url, '_blank', 'noopener,noreferrer')
    },
  }
}
OpenOnSiteAction.displayName = 'OpenOnSiteAction'
