import type { PortableTextTypeComponentProps } from '@portabletext/react'
import type { ImageBlock } from '@repo/content/view-models'
import { imageUrl, scaledHeight } from '@/lib/images'
import styles from './body.module.css'

const WIDTH = 720

/** An image inside the article: lazy, sized (no layout shift), with its caption. */
export function BodyImage({ value }: PortableTextTypeComponentProps<ImageBlock>) {
  const { image, caption } = value
  return (
    <figure className={styles.figure}>
      <img
        src={imageUrl(image, WIDTH)}
        srcSet={`${imageUrl(image, WIDTH)} 1x, ${imageUrl(image, WIDTH * 2)} 2x`}
        alt={image.alt}
        width={WIDTH}
        height={scaledHeight(image, WIDTH)}
        loading="lazy"
        decoding="async"
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}
