import { randomUUID } from 'node:crypto'
import { HOSTILE_STRINGS } from './hostile-strings'
import type { Random } from './random'

/** One request the fuzzer sends. `json`: it asked for JSON, so it must get a 2xx or 4xx. */
export interface FuzzRequest {
  kind: string
  method: string
  headers: Record<string, string>
  body: string | Uint8Array<ArrayBuffer> | undefined
  json: boolean
}

export interface FuzzContext {
  articleId: string
  slug: string
  /** A valid `renderedAt` token for `articleId`, old enough to pass the timing check. */
  token: string
}

const FIELDS = [
  'articleId',
  'slug',
  'authorName',
  'authorEmail',
  'body',
  'website',
  'renderedAt',
  'idempotencyKey',
] as const
const RANGES = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0x80, 0x2fff],
  [0x4e00, 0x9fff],
  [0xd800, 0xdfff],
  [0xe000, 0xffff],
] as const
const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/json',
  'multipart/form-data; boundary=fuzz',
  'text/plain',
  'application/xml',
  'APPLICATION/JSON',
  'application/json; charset=utf-16',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'multipart/form-data',
  '',
  ';;;',
] as const

function randomText(random: Random): string {
  if (random.chance(0.4)) return random.pick(HOSTILE_STRINGS)
  return random.codeUnits(random.int(0, random.chance(0.1) ? 5000 : 120), RANGES)
}

function randomValue(random: Random, depth = 0): unknown {
  switch (random.int(0, depth > 3 ? 3 : 7)) {
    case 0:
      return randomText(random)
    case 1:
      return random.pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER])
    case 2:
      return random.pick([null, true, false])
    case 3:
      return ''
    case 4:
      return Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(0, 4) }, () => [
          randomText(random),
          randomValue(random, depth + 1),
        ]),
      )
  }
}

/** Valid fields, then some of them replaced by something hostile. */
function mutatedFields(random: Random, context: FuzzContext): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    articleId: context.articleId,
    slug: context.slug,
    authorName: `Fuzz ${random.int(0, 1e6)}`,
    authorEmail: random.chance(0.5) ? '' : 'fuzz@example.com',
    body: `Fuzz comment ${randomUUID()}`,
    website: '',
    renderedAt: context.token,
    idempotencyKey: randomUUID(),
  }
  const mutations = random.int(0, 3)
  for (let i = 0; i < mutations; i += 1) {
    const field = random.pick(FIELDS)
    if (random.chance(0.15)) delete fields[field]
    else fields[field] = random.chance(0.7) ? randomText(random) : randomValue(random)
  }
  if (random.chance(0.1)) fields[randomText(random)] = randomText(random)
  return fields
}

function formEncode(fields: Record<string, unknown>, random: Random): string {
  const pairs = Object.entries(fields).map(([key, value]) => [
    key,
    typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
  ])
  const encoded = new URLSearchParams(pairs).toString()
  // Raw garbage a URLSearchParams would never produce: broken escapes, invalid UTF-8, repeated keys.
  return random.chance(0.2)
    ? `${encoded}&${random.pick(['%', '%ZZ', '%FF%FE', 'body=%C0%AF', 'authorName', '=&=&', 'body=1&body=2'])}`
    : encoded
}

function multipartEncode(fields: Record<string, unknown>, random: Random): string {
  const parts = Object.entries(fields).map(([key, value]) => {
    const filename = random.chance(0.1) ? '; filename="x.txt"' : ''
    return `--fuzz\r\nContent-Disposition: form-data; name="${key.replace(/"/g, '')}"${filename}\r\n\r\n${String(typeof value === 'string' ? value : JSON.stringify(value))}\r\n`
  })
  return random.chance(0.15)
    ? parts.join('').slice(0, random.int(0, 200))
    : `${parts.join('')}--fuzz--\r\n`
}

function bodyFor(
  contentType: string,
  fields: Record<string, unknown>,
  random: Random,
): string | Uint8Array<ArrayBuffer> {
  if (random.chance(0.05)) return random.bytes(random.int(0, 20_000))
  if (contentType.toLowerCase().startsWith('application/json')) {
    return random.chance(0.1)
      ? JSON.stringify(fields).slice(0, -random.int(1, 5))
      : JSON.stringify(random.chance(0.05) ? randomValue(random) : fields)
  }
  if (contentType.startsWith('multipart')) return multipartEncode(fields, random)
  return formEncode(fields, random)
}

/** The n-th fuzz request: mostly mutated submissions, some raw garbage, other methods and sizes. */
export function fuzzRequest(random: Random, context: FuzzContext): FuzzRequest {
  const json = random.chance(0.85)
  const accept = json
    ? { accept: random.pick(['application/json', 'application/json, text/plain, */*']) }
    : { accept: 'text/html' }
  const forwarded: Record<string, string> = random.chance(0.1)
    ? {
        'x-forwarded-for': random.pick([
          '',
          ',,,',
          '::::',
          'x'.repeat(4000),
          '1.2.3.4, ::ffff:10.0.0.1',
          '[::1]:80',
        ]),
      }
    : {}
  const roll = random.next()
  if (roll < 0.03) {
    return {
      kind: 'method',
      method: random.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
      headers: accept,
      body: undefined,
      json: true,
    }
  }
  if (roll < 0.06) {
    const size = random.pick([16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 100_000, 1_000_000])
    const body = `body=${'x'.repeat(Math.max(0, size - 5))}`
    return {
      kind: 'size',
      method: 'POST',
      headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      json,
    }
  }
  const contentType = random.chance(0.8)
    ? random.pick(CONTENT_TYPES.slice(0, 3))
    : random.pick(CONTENT_TYPES)
  const headers: Record<string, string> = { ...accept, ...forwarded }
  if (contentType) headers['content-type'] = contentType
  return {
    kind: 'submission',
    method: 'POST',
    headers,
    body: bodyFor(contentType, mutatedFields(random, context), random),
    json,
  }
}
