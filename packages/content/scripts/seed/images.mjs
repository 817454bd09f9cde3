// The seed's images, drawn offline: SVG shapes rendered to JPEG with sharp (the Content Lake's
// dependency, so no package is added here). Each is written as Sanity's export names asset files,
// seed/images/<sha1>-<width>x<height>.jpg, and referenced with Sanity's export placeholder
// `_sanityAsset: "image@file://./images/…"`, which the lake's seed step (and `sanity dataset import`)
// turns into an uploaded asset and a reference. The alt texts say what the drawings actually show.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const packageDir = resolve(import.meta.dirname, '../..')
const sharp = createRequire(join(packageDir, '../content-lake/package.json'))('sharp')
export const IMAGES_DIR = join(packageDir, 'seed/images')

const svg = (width, height, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`

const gradient = (id, from, to, vertical = false) =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">` +
  `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`

function spine() {
  const blocks = Array.from({ length: 12 }, (_, i) => {
    const t = i / 11
    const x = 260 + t * 1080
    const y = 560 - Math.sin(t * Math.PI) * 260
    const angle = Math.cos(t * Math.PI) * -30
    return `<rect x="${(x - 42).toFixed(1)}" y="${(y - 30).toFixed(1)}" width="84" height="60" rx="22" fill="#fdf6e3" transform="rotate(${angle.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`
  })
  return svg(
    1600,
    900,
    `${gradient('g', '#2a9d8f', '#e9c46a')}<rect width="1600" height="900" fill="url(#g)"/>${blocks.join('')}`,
  )
}

function sunset() {
  return svg(
    1600,
    900,
    `${gradient('sky', '#f4a6b8', '#ffd6a5', true)}<rect width="1600" height="900" fill="url(#sky)"/>` +
      `<circle cx="800" cy="560" r="190" fill="#f77f00"/>` +
      `<ellipse cx="300" cy="900" rx="620" ry="300" fill="#52b788"/>` +
      `<ellipse cx="1350" cy="920" rx="700" ry="320" fill="#40916c"/>` +
      `<ellipse cx="800" cy="1000" rx="900" ry="320" fill="#2d6a4f"/>`,
  )
}

function desk() {
  return svg(
    1600,
    900,
    `<rect width="1600" height="900" fill="#e8eef2"/>` +
      `<rect x="150" y="600" width="1300" height="40" rx="8" fill="#8d6e63"/>` +
      `<rect x="220" y="640" width="30" height="260" fill="#6d4c41"/><rect x="1350" y="640" width="30" height="260" fill="#6d4c41"/>` +
      `<rect x="560" y="330" width="480" height="260" rx="14" fill="#37474f"/><rect x="585" y="352" width="430" height="216" rx="6" fill="#90caf9"/>` +
      `<polygon points="500,600 1100,600 1060,580 540,580" fill="#546e7a"/>` +
      `<rect x="300" y="480" width="120" height="120" rx="10" fill="#d84315"/>` +
      `<ellipse cx="360" cy="440" rx="90" ry="70" fill="#43a047"/><ellipse cx="320" cy="400" rx="50" ry="60" fill="#66bb6a"/>` +
      `<rect x="1200" y="470" width="80" height="130" rx="10" fill="#b3e5fc" fill-opacity="0.85" stroke="#4fc3f7" stroke-width="4"/>`,
  )
}

function kettlebell() {
  return svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#eceff1"/><rect y="560" width="1200" height="240" fill="#cfd8dc"/>` +
      `<path d="M420 330 q0 -170 150 -170 q150 0 150 170" fill="none" stroke="#37474f" stroke-width="46"/>` +
      `<circle cx="570" cy="480" r="170" fill="#37474f"/><rect x="470" y="620" width="200" height="30" rx="10" fill="#263238"/>` +
      `<rect x="820" y="420" width="110" height="240" rx="55" fill="#f4845f"/><ellipse cx="875" cy="430" rx="55" ry="22" fill="#f79d84"/>`,
  )
}

function emblem() {
  return svg(
    1200,
    630,
    `<rect width="1200" height="630" fill="#fbf5e9"/>` +
      `<circle cx="520" cy="315" r="190" fill="#f08a24"/>` +
      `<circle cx="680" cy="315" r="190" fill="#1d3557" fill-opacity="0.9"/>`,
  )
}

/** Every seed image: what to draw, and what it shows (the alt text). */
export const SEED_IMAGES = {
  mainHero: {
    draw: spine,
    alt: 'Illustration: twelve cream-coloured rounded blocks in a gentle arch, like the vertebrae of a spine, on a teal-to-sand gradient.',
    hotspot: { x: 0.5, y: 0.42, width: 0.7, height: 0.5 },
  },
  coolDownHero: {
    draw: sunset,
    alt: 'Illustration: an orange sun setting behind three rolling green hills under a pink evening sky.',
  },
  deskHero: {
    draw: desk,
    alt: 'Illustration: a wooden desk seen from the front with an open laptop, a potted plant and a glass of water.',
  },
  deskInline: {
    draw: kettlebell,
    alt: 'Illustration: a dark grey kettlebell beside a rolled-up orange exercise mat standing on end, on a light grey floor.',
    caption: 'Keep a little kit by your desk: a short set between calls counts as moving.',
  },
  shareDefault: {
    draw: emblem,
    alt: 'Stride & Strength emblem: an orange circle overlapping a navy circle on a cream background.',
  },
}

/** Renders every image to seed/images (or, with `check`, verifies the files there) and returns the file names. */
export async function renderSeedImages({ check = false } = {}) {
  const names = {}
  mkdirSync(IMAGES_DIR, { recursive: true })
  for (const [name, image] of Object.entries(SEED_IMAGES)) {
    const markup = image.draw()
    const bytes = await sharp(Buffer.from(markup)).jpeg({ quality: 82 }).toBuffer()
    const { width, height } = await sharp(bytes).metadata()
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const file = `${sha1}-${width}x${height}.jpg`
    const path = join(IMAGES_DIR, file)
    if (check && (!existsSync(path) || !readFileSync(path).equals(bytes)))
      throw new Error(`seed/images/${file} is missing or out of date`)
    if (!check) writeFileSync(path, bytes)
    names[name] = file
  }
  return names
}

/** An image field value in Sanity's export format, with alt text (and hotspot/caption when set). */
export function seedImage(names, name, key) {
  const image = SEED_IMAGES[name]
  const value = {
    _type: 'image',
    ...(key ? { _key: key } : {}),
    _sanityAsset: `image@file://./images/${names[name]}`,
    alt: image.alt,
  }
  if (image.caption) value.caption = image.caption
  if (image.hotspot) {
    value.hotspot = { _type: 'sanity.imageHotspot', ...image.hotspot }
    value.crop = { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 }
  }
  return value
}
