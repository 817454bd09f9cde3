import 'server-only'
import { queryTags } from '@repo/content/cache-tags'
import { cacheTag } from 'next/cache'
import { keep, keepOrRetry } from '@/lib/content/cache'
import { readContent, type ReadPerspective } from '@/lib/content/client'
import { loader } from '@/lib/content/loader'

async function fetchCategory(perspective: ReadPerspective, slug: string) {
  'use cache'
  cacheTag(...queryTags.category(slug))
  return keep(await readContent(perspective, (content) => content.getCategory(slug)))
}

async function fetchCategories(perspective: ReadPerspective) {
  'use cache'
  cacheTag(...queryTags.categoryList())
  return keepOrRetry(await readContent(perspective, (content) => content.listCategories()))
}

/** A category and its articles; shared by the category page and its metadata. */
export const loadCategory = loader(fetchCategory)

/** Every category, for the 404 page. */
export const loadCategories = loader(fetchCategories)
