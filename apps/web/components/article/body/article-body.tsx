import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { BodyBlock } from '@repo/content/view-models'
import type { ReactNode } from 'react'
import type { EditAttribute } from '@/lib/preview/edit-path'
import { BodyImage } from './body-image'
import { Heading2, Heading3, ListItem, Paragraph, Quote } from './blocks'
import { linkMark } from './marks'
import styles from './body.module.css'

const SHOPPER_BLOCKS = { normal: Paragraph, h2: Heading2, h3: Heading3, blockquote: Quote }

/** In draft mode each block also names its place in the document, for click-to-edit. */
function editableBlocks(
  edit: EditAttribute,
): Pick<PortableTextComponents, 'block' | 'listItem' | 'types'> {
  const withEdit = <P,>(Component: (props: P & { edit?: EditAttribute }) => ReactNode) =>
    function Editable(props: P) {
      return <Component {...props} edit={edit} />
    }
  return {
    block: {
      normal: withEdit(Paragraph),
      h2: withEdit(Heading2),
      h3: withEdit(Heading3),
      blockquote: withEdit(Quote),
    },
    listItem: withEdit(ListItem),
    types: { image: withEdit(BodyImage) },
  }
}

function components(siteUrl: string, edit: EditAttribute | undefined): PortableTextComponents {
  return {
    block: SHOPPER_BLOCKS,
    marks: { link: linkMark(siteUrl) },
    types: { image: BodyImage },
    ...(edit ? editableBlocks(edit) : {}),
    // Anything the schema does not allow is left out rather than guessed at.
    unknownType: () => null,
    unknownBlockStyle: Paragraph,
  }
}

interface ArticleBodyProps {
  body: BodyBlock[]
  siteUrl: string
  /** Draft mode only: click-to-edit attributes for the article being shown. */
  edit?: EditAttribute
}

/** An article body (Portable Text) as semantic HTML. */
export function ArticleBody({ body, siteUrl, edit }: ArticleBodyProps) {
  return (
    <div className={styles.body} data-article-body>
      <PortableText
        value={body}
        components={components(siteUrl, edit)}
        onMissingComponent={false}
      />
    </div>
  )
}
