import type { PortableTextComponentProps } from '@portabletext/react'
import type { PortableTextBlock } from '@portabletext/types'
import styles from './body.module.css'

type BlockProps = PortableTextComponentProps<PortableTextBlock>

/** The anchor id the content package gave an h2/h3 (it matches the table of contents). */
function anchorIdOf(value: PortableTextBlock): string | undefined {
  const { anchorId } = value as PortableTextBlock & { anchorId?: unknown }
  return typeof anchorId === 'string' && anchorId.length > 0 ? anchorId : undefined
}

export function Heading2({ value, children }: BlockProps) {
  return (
    <h2 id={anchorIdOf(value)} className={styles.h2}>
      {children}
    </h2>
  )
}

export function Heading3({ value, children }: BlockProps) {
  return (
    <h3 id={anchorIdOf(value)} className={styles.h3}>
      {children}
    </h3>
  )
}

export function Quote({ children }: BlockProps) {
  return (
    <blockquote className={styles.quote}>
      <p>{children}</p>
    </blockquote>
  )
}

export function Paragraph({ children }: BlockProps) {
  return <p>{children}</p>
}
