import { describe, expect, it } from '@jest/globals'
import type { Article } from '@repo/content/view-models'
import { renderToStaticMarkup } from 'react-dom/server'
import { article } from '@/test/fixtures'
import { articleGraph } from '../article'
import { JsonLd } from '../json-ld'
import { siteGraph } from '../site'

const SITE = { name: 'Stride & Strength Journal', url: 'https://shop.example' }

/** Renders the script into a document and gives back every JSON-LD block, parsed. */
function scriptsOf(html: string): unknown[] {
  document.body.innerHTML = html
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ''),
  )
}

type Node = Record<string, unknown>
const graphOf = (data: unknown) => (data as { '@graph': Node[] })['@graph']
const byType = (graph: Node[], type: string) => graph.find((node) => node['@type'] === type)

const reviewed: Article = {
  ...article,
  medicalReviewer: { name: 'Maya Ortiz', slug: 'maya-ortiz', credentials: 'MD, sports medicine' },
  reviewedAt: '2025-03-01T00:00:00Z',
  heroImage: {
    assetRef: 'image-abc-1200x800-jpg',
    alt: 'A runner',
    width: 1200,
    height: 800,
    lqip: null,
    hotspot: null,
    crop: null,
  },
}

describe('article JSON-LD', () => {
  it('describes the article, its page, its people and its breadcrumbs field by field', () => {
    const html = renderToStaticMarkup(
      <JsonLd
        data={articleGraph(reviewed, SITE, (image) => `https://img.example/${image.assetRef}`)}
      />,
    )
    const [data] = scriptsOf(html)
    expect(data).toMatchObject({ '@context': 'https://schema.org' })
    const graph = graphOf(data)
    const url = 'https://shop.example/blog/how-to-prevent-lower-back-pain-after-exercise'
    expect(byType(graph, 'Article')).toEqual({
      '@type': 'Article',
      '@id': `${url}#article`,
      headline: reviewed.title,
      description: 'Why it aches.',
      image: 'https://img.example/image-abc-1200x800-jpg',
      author: {
        '@type': 'Person',
        name: 'Dana Reyes',
        jobTitle: 'Physical therapist, DPT',
        hasCredential: {
          '@type': 'EducationalOccupationalCredential',
          name: 'Physical therapist, DPT',
        },
      },
      datePublished: '2025-03-04T09:00:00Z',
      dateModified: '2025-03-05T09:00:00Z',
      publisher: { '@id': 'https://shop.example/#organization' },
      mainEntityOfPage: { '@id': url },
      articleSection: 'Fitness',
    })
    expect(byType(graph, 'MedicalWebPage')).toMatchObject({
      '@id': url,
      reviewedBy: { '@type': 'Person', name: 'Maya Ortiz', jobTitle: 'MD, sports medicine' },
      lastReviewed: '2025-03-01T00:00:00Z',
    })
    expect(byType(graph, 'Organization')).toMatchObject({ name: SITE.name })
    expect(byType(graph, 'BreadcrumbList')).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://shop.example/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Fitness',
          item: 'https://shop.example/category/fitness',
        },
        { '@type': 'ListItem', position: 3, name: reviewed.title, item: url },
      ],
    })
  })

  it('keeps a title containing </script> inside the JSON', () => {
    const title = 'Stretch </script><script>alert(1)</script> <!-- & more'
    const html = renderToStaticMarkup(
      <JsonLd data={articleGraph({ ...article, title }, SITE, () => '')} />,
    )
    expect(html.match(/<\/script>/gi)).toHaveLength(1)
    expect(html).not.toContain('<!--')
    const scripts = scriptsOf(html)
    expect(scripts).toHaveLength(1)
    expect(byType(graphOf(scripts[0]), 'Article')?.headline).toBe(title)
    expect(document.querySelectorAll('script')).toHaveLength(1)
  })

  it('leaves out the reviewer and image when the article has none', () => {
    const graph = graphOf(articleGraph(article, SITE, () => 'unused'))
    expect(byType(graph, 'Article')).not.toHaveProperty('image')
    expect(byType(graph, 'MedicalWebPage')).not.toHaveProperty('reviewedBy')
  })
})

describe('home page JSON-LD', () => {
  it('names the organisation and the web site, with a search action', () => {
    const graph = graphOf(siteGraph(SITE))
    expect(byType(graph, 'Organization')).toMatchObject({
      name: SITE.name,
      url: 'https://shop.example/',
    })
    expect(byType(graph, 'WebSite')).toMatchObject({
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: 'https://shop.example/search?q={search_term_string}',
        },
        'query-input': 'required name=search_term_string',
      },
    })
  })
})
