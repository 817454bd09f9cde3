import type {
  BreadcrumbList,
  Graph,
  Organization,
  SearchAction,
  WithActionConstraints,
} from 'schema-dts'

export interface SiteIdentity {
  name: string
  url: string
  description?: string
}

export const organizationId = (site: SiteIdentity) => `${site.url}/#organization`
export const websiteId = (site: SiteIdentity) => `${site.url}/#website`

/** The shop as the publisher of every article. */
export function organization(site: SiteIdentity): Organization {
  return {
    '@type': 'Organization',
    '@id': organizationId(site),
    name: site.name,
    url: `${site.url}/`,
  }
}

/** The home page's graph: the organisation and the web site, with its search as a SearchAction. */
export function siteGraph(site: SiteIdentity): Graph {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  }
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organization(site),
      {
        '@type': 'WebSite',
        '@id': websiteId(site),
        name: site.name,
        url: `${site.url}/`,
        ...(site.description ? { description: site.description } : {}),
        publisher: { '@id': organizationId(site) },
        potentialAction: search,
      },
    ],
  }
}

/** Home › … › the page, as a BreadcrumbList (the last item is the page itself). */
export function breadcrumbs(
  siteUrl: string,
  trail: { name: string; path: string }[],
): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Home', path: '/' }, ...trail].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.path}`,
    })),
  }
}
