import sharp from 'sharp'

/** A JPEG whose left half is red and right half blue, so a crop shows which side it kept. */
export async function twoToneJpeg(width: number, height: number): Promise<Buffer> {
  const half = Math.floor(width / 2)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${half}" height="${height}" fill="#ff0000"/>
    <rect x="${half}" width="${width - half}" height="${height}" fill="#0000ff"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer()
}

/** A half-transparent PNG. */
export async function translucentPng(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 4, background: { r: 0, g: 160, b: 80, alpha: 0.5 } },
  })
    .png()
    .toBuffer()
}

/** The average colour of an encoded image. */
export async function meanColour(bytes: Buffer): Promise<{ r: number; g: number; b: number }> {
  const { channels } = await sharp(bytes).stats()
  return { r: channels[0]?.mean ?? 0, g: channels[1]?.mean ?? 0, b: channels[2]?.mean ?? 0 }
}

/** Fetches a URL and returns status, headers and the body as bytes. */
export async function fetchBytes(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}
