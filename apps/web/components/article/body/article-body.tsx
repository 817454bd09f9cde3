import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { BodyBlock } from '@repo/content/view-models'
import { BodyImage } from './body-image'
import { Heading2, Heading3, Paragraph, Quote } from './blocks'
import { linkMark } from './marks'
import styles from './body.module.css'

function components(siteUrl: string): PortableTextComponents {
  return {
    block: { normal: Paragraph, h2: Heading2, h3: Heading3, blockquote: Quote },
    marks: { link: linkMark(siteUrl) },
    types: { image: BodyImage },
    // Anything the schema does not allow is left out rather than guessed at.
    unknownType: () => null,
    unknownBlockStyle: Paragraph,
  }
}

/** An article body (Portable Text) as semantic HTML. */
export function ArticleBody({ body, siteUrl }: { body: BodyBlock[]; siteUrl: string }) {
  return (
    <div className={styles.body} data-article-body>
      <PortableText value={body} components={components(siteUrl)} onMissingComponent={false} />
    </div>
  )
}
