import type { MetadataRoute } from 'next'
import { notFound } from 'next/navigation'
import { env } from '@/env'
import { toSitemap } from '@/lib/discovery/sitemap-entries'
import { imageUrl } from '@/lib/images'
import { loadSitemap } from '@/lib/loaders/discovery'

/** /sitemap.xml from the cached read (tags expire it on every publish). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const result = await loadSitemap()
  if (!result.ok) notFound()
  return toSitemap(result.data, env().siteUrl, (image) => imageUrl(image, 1200))
}
