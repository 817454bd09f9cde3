/**
 * Type-level test, compiled by `tsc` (npm run typecheck, and npm test before Jest): each zod
 * result schema in src/schemas agrees with the TypeGen type of its query. Renaming or retyping a
 * field in a Studio schema type regenerates those types (npm run typegen) and fails here until the
 * query and the zod schema follow.
 */
import { expectTypeOf } from 'expect-type'
import type { z } from 'zod'
import type * as TypeGen from '../src/sanity.types'
import type * as Schemas from '../src/schemas/results'

/**
 * Makes optional keys required (keeping `undefined` in their type) and drops symbol keys such as
 * TypeGen's `internalGroqTypeReferenceTo`, so that a renamed optional field cannot hide behind
 * `?` when the two types are compared.
 */
type Normalize<T> = T extends readonly (infer Item)[]
  ? Normalize<Item>[]
  : T extends object
    ? {
        [K in keyof T as K extends string ? K : never]-?:
          Normalize<Exclude<T[K], undefined>> | UndefinedOf<T, K>
      }
    : T
type UndefinedOf<T, K extends keyof T> = undefined extends T[K] ? undefined : never

type Parsed<S extends z.ZodType> = Normalize<z.output<S>>

expectTypeOf<Parsed<typeof Schemas.articleResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.ArticleBySlugQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.articleListResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.ArticleListQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.relatedArticlesResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.RelatedArticlesQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.categoryResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.CategoryBySlugQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.categoryListResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.CategoryListQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.dealsResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.DealsQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.approvedCommentsResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.ApprovedCommentsQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.siteSettingsResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.SiteSettingsQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.articleSlugsResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.ArticleSlugsQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.dealsPageResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.DealsPageQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.searchArticlesResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.SearchArticlesQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.feedArticlesResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.FeedArticlesQueryResult>
>()
expectTypeOf<Parsed<typeof Schemas.sitemapResultSchema>>().toEqualTypeOf<
  Normalize<TypeGen.SitemapQueryResult>
>()
