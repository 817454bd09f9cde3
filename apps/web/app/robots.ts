import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { env } from '@/env'

/** robots.txt, naming the sitemap on this deployment's own origin. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // SITE_URL is the running server's, not the build's: render on request, never at `next build`.
  await connection()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/bench/', '/search'] },
    sitemap: `${env().siteUrl}/sitemap.xml`,
  }
}
