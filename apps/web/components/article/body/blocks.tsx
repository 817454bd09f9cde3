import type { PortableTextComponentProps } from '@portabletext/react'
import type { PortableTextBlock } from '@portabletext/types'
import { dataSanity, bodyBlockPath, type EditAttribute } from '@/lib/preview/edit-path'
import styles from './body.module.css'

/** `edit` is set in draft mode only (click-to-edit overlays in Presentation). */
type BlockProps = PortableTextComponentProps<PortableTextBlock> & { edit?: EditAttribute }

const editOf = ({ value, edit }: BlockProps) =>
  value._key ? edit?.(bodyBlockPath(value._key)) : undefined

/** The anchor id the content package gave an h2/h3 (it matches the table of contents). */
function anchorIdOf(value: PortableTextBlock): string | undefined {
  const { anchorId } = value as PortableTextBlock & { anchorId?: unknown }
  return typeof anchorId === 'string' && anchorId.length > 0 ? anchorId : undefined
}

export function Heading2(props: BlockProps) {
  const { value, children } = props
  return (
    <h2 id={anchorIdOf(value)} className={styles.h2} {...dataSanity(editOf(props))}>
      {children}
    </h2>
  )
}

export function Heading3(props: BlockProps) {
  const { value, children } = props
  return (
    <h3 id={anchorIdOf(value)} className={styles.h3} {...dataSanity(editOf(props))}>
      {children}
    </h3>
  )
}

export function Quote(props: BlockProps) {
  return (
    <blockquote className={styles.quote} {...dataSanity(editOf(props))}>
      <p>{props.children}</p>
    </blockquote>
  )
}

export function Paragraph(props: BlockProps) {
  return <p {...dataSanity(editOf(props))}>{props.children}</p>
}

/** A list item; only in draft mode does it replace Portable Text's plain `<li>`. */
export function ListItem(props: BlockProps) {
  return <li {...dataSanity(editOf(props))}>{props.children}</li>
}
