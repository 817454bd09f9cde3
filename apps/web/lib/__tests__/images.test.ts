import { describe, expect, it } from '@jest/globals'
import type { ImageView } from '@repo/content/view-models'
import { responsiveImage, shareImageUrl } from '@/lib/images'
import { shareImages } from '@/lib/share-image'

const image: ImageView = {
  assetRef: `image-${'a'.repeat(40)}-1600x900-jpg`,
  alt: 'Blocks in an arch',
  width: 1600,
  height: 900,
  lqip: 'data:image/jpeg;base64,/9j/',
  hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 },
  crop: null,
}

const params = (url: string) => new URL(url).searchParams

describe('responsive images', () => {
  it('crops cards to 16:9 around the hotspot at every srcset width', () => {
    const card = responsiveImage(image, { displayWidth: 640, sizes: '640px', aspect: 16 / 9 })
    expect([card.width, card.height]).toEqual([640, 360])
    for (const entry of card.srcSet.split(', ')) {
      const [url = '', descriptor = ''] = entry.split(' ')
      const w = Number(descriptor.replace('w', ''))
      expect(params(url).get('w')).toBe(String(w))
      expect(params(url).get('h')).toBe(String(Math.round((w * 9) / 16)))
    }
  })

  it('never asks for more pixels than the asset has', () => {
    const small = {
      ...image,
      assetRef: `image-${'b'.repeat(40)}-500x300-png`,
      width: 500,
      height: 300,
    }
    const img = responsiveImage(small, { displayWidth: 960, sizes: '960px' })
    expect(img.srcSet.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['320w', '480w'])
    expect([img.width, img.height]).toEqual([960, 576])
  })
})

describe('share images', () => {
  it('are 1200×630 JPEGs cropped to the hotspot side', () => {
    const url = shareImageUrl({ ...image, hotspot: { x: 0.5, y: 0.95, width: 0.1, height: 0.1 } })
    expect(params(url).get('w')).toBe('1200')
    expect(params(url).get('h')).toBe('630')
    expect(params(url).get('fm')).toBe('jpg')
    // 1600×900 is wider than 1200:630, so rows are cut; the hotspot near the bottom keeps the bottom rows.
    expect(params(url).get('rect')).toBe('0,60,1600,840')
  })

  it('make a large Twitter card, or a summary card without an image', () => {
    expect(shareImages(image).twitter).toMatchObject({ card: 'summary_large_image' })
    expect(shareImages(null)).toEqual({ og: undefined, twitter: { card: 'summary' } })
  })
})
