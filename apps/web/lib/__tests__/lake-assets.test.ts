import { describe, expect, it } from '@jest/globals'
import { lakeAssetUpstream } from '@/lib/lake-assets'

const LAKE = 'https://127.0.0.1:3334'
const upstream = (path: string) => lakeAssetUpstream(LAKE, new URL(path, 'http://shop.test'))

describe('the local lake asset pass-through', () => {
  it('forwards image and file URLs with their parameters', () => {
    const file = `${'a'.repeat(40)}-1600x900.jpg`
    expect(upstream(`/lake/images/local/production/${file}?w=640&auto=format`)).toBe(
      `${LAKE}/images/local/production/${file}?w=640&auto=format`,
    )
    expect(upstream(`/lake/files/local/production/${'b'.repeat(40)}.pdf`)).toBe(
      `${LAKE}/files/local/production/${'b'.repeat(40)}.pdf`,
    )
  })

  it('refuses everything else, so it never proxies the lake API', () => {
    for (const path of [
      '/lake/v2025-02-19/data/query/production?query=*',
      '/lake/images/local/production/%2e%2e/x',
      '/lake/images/local/../../local-session',
      '/lake/local-session',
      '/lake/images/local/production/a/b/c',
    ]) {
      expect(upstream(path)).toBeUndefined()
    }
  })
})
