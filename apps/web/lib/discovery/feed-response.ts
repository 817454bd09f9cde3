import 'server-only'
import { notFound } from 'next/navigation'
import { env } from '@/env'
import { loadFeed } from '@/lib/loaders/discovery'
import { loadSiteSettings } from '@/lib/loaders/site'
import { DEFAULT_SITE_DESCRIPTION, DEFAULT_SITE_TITLE } from '@/components/site/site-defaults'
import { buildFeed } from './feed'

/** The feed as RSS 2.0 or Atom 1.0, from the cached reads (fresh after a publish via tags). */
export async function feedResponse(format: 'rss' | 'atom'): Promise<Response> {
  const [articles, settings] = await Promise.all([loadFeed(), loadSiteSettings()])
  if (!articles.ok) notFound()
  const site = settings.ok && settings.data ? settings.data : null
  const feed = buildFeed(
    {
      title: site?.title ?? DEFAULT_SITE_TITLE,
      description: site?.description || DEFAULT_SITE_DESCRIPTION,
      siteUrl: env().siteUrl,
    },
    articles.data,
  )
  const body = format === 'rss' ? feed.rss2() : feed.atom1()
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml'
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } })
}
