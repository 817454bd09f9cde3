import type { ImageView } from '@repo/content/view-models'
import { preload } from 'react-dom'
import { placeholderStyle, responsiveImage } from '@/lib/images'
import { dataSanity } from '@/lib/preview/edit-path'
import styles from './article.module.css'

const HERO = { displayWidth: 960, sizes: '(max-width: 1000px) 100vw, 960px' }

/**
 * The article's hero: the page's largest paint, so it is preloaded with high priority and never lazy;
 * width and height keep its box (no layout shift) and the LQIP fills it until the image arrives.
 */
export function HeroImage({
  image,
  editAttribute,
}: {
  image: ImageView
  /** Draft mode only: the `data-sanity` value for click-to-edit. */
  editAttribute?: string
}) {
  const img = responsiveImage(image, HERO)
  preload(img.src, {
    as: 'image',
    fetchPriority: 'high',
    imageSrcSet: img.srcSet,
    imageSizes: img.sizes,
  })
  return (
    <img
      className={styles.hero}
      src={img.src}
      srcSet={img.srcSet}
      sizes={img.sizes}
      alt={image.alt}
      width={img.width}
      height={img.height}
      fetchPriority="high"
      loading="eager"
      decoding="async"
      style={placeholderStyle(image)}
      {...dataSanity(editAttribute)}
    />
  )
}
