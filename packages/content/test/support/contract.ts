/**
 * The content contract as a list of problems, each naming the document and the field: the real
 * queries run on the documents with groq-js and their results validated by the content client
 * (zod schemas and mappers), through every ContentClient method.
 */
import type { ContentClient, Result } from '../../src/api'
import { seedReader, type SeedDocument } from './seed'

const NOW = new Date('2025-06-01T12:00:00.000Z')

const slugOf = (doc: SeedDocument) => (doc.slug as { current?: string } | undefined)?.current ?? ''

/** Every ContentClient method on every document it can reach. */
async function readEverything(
  client: ContentClient,
  documents: SeedDocument[],
): Promise<Result<unknown>[]> {
  const ofType = (type: string) => documents.filter((doc) => doc._type === type)
  const articles = ofType('article')
  return Promise.all([
    client.listArticleSlugs(),
    client.listArticles({ page: 1, pageSize: 100 }),
    client.listCategories(),
    client.getDealState(NOW),
    client.getSiteSettings(),
    ...articles.map((doc) => client.getArticle(slugOf(doc))),
    ...articles.map((doc) => client.getApprovedComments(doc._id)),
    ...articles.map((doc) =>
      client.getRelatedArticles({ id: doc._id, categoryIds: categoryIds(doc) }, 10),
    ),
    ...ofType('category').map((doc) => client.getCategory(slugOf(doc))),
  ])
}

const categoryIds = (doc: SeedDocument) =>
  ((doc.categories as { _ref: string }[] | undefined) ?? []).map((ref) => ref._ref)

/** Problems found by running the queries and validating their results. */
export async function queryProblems(documents: SeedDocument[]): Promise<string[]> {
  const { client, reported } = seedReader(documents)
  const results = await readEverything(client, documents)
  const unavailable = results.flatMap((result) =>
    !result.ok && result.error.kind === 'unavailable'
      ? [`[query] ${result.error.query}: ${result.error.message}`]
      : [],
  )
  const invalid = reported.invalid.map(
    (error) => `[query] ${error.documentId} ${error.path}: ${error.message}`,
  )
  const dropped = reported.dropped.map(
    (block) => `[query] ${block.documentId} ${block.path}: dropped ${block.blockType}`,
  )
  return [...new Set([...invalid, ...dropped, ...unavailable])]
}
