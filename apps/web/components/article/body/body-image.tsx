import type { PortableTextTypeComponentProps } from '@portabletext/react'
import type { ImageBlock } from '@repo/content/view-models'
import { placeholderStyle, responsiveImage } from '@/lib/images'
import { dataSanity, bodyBlockPath, type EditAttribute } from '@/lib/preview/edit-path'
import styles from './body.module.css'

const BODY = { displayWidth: 720, sizes: '(max-width: 760px) 100vw, 720px' }

/** An image inside the article: lazy, sized (no layout shift), blurred preview, with its caption. */
export function BodyImage({
  value,
  edit,
}: PortableTextTypeComponentProps<ImageBlock> & { edit?: EditAttribute }) {
  const { image, caption } = value
  const img = responsiveImage(image, BODY)
  return (
    <figure className={styles.figure} {...dataSanity(edit?.(bodyBlockPath(value._key)))}>
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={img.sizes}
        alt={image.alt}
        width={img.width}
        height={img.height}
        loading="lazy"
        decoding="async"
        style={placeholderStyle(image)}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}
