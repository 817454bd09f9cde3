import { describe, expect, it } from '@jest/globals'
import {
  diskCacheBytes,
  diskCacheDir,
  localCacheStore,
  memoryCacheBytes,
  redisUrl,
} from '../config'

describe('REDIS_URL', () => {
  it('is optional: without it the cache stays in memory', () => {
    expect(redisUrl({})).toBeNull()
    expect(redisUrl({ REDIS_URL: '  ' })).toBeNull()
  })

  it('takes redis:// and rediss:// URLs', () => {
    expect(redisUrl({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe('redis://127.0.0.1:6379')
    expect(redisUrl({ REDIS_URL: 'rediss://cache.example:6380/2' })).toBe(
      'rediss://cache.example:6380/2',
    )
  })

  it('stops with a message naming the variable for anything else', () => {
    expect(() => redisUrl({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      'Invalid REDIS_URL: must start with redis:// or rediss://',
    )
    expect(() => redisUrl({ REDIS_URL: 'localhost' })).toThrow('Invalid REDIS_URL')
  })
})

describe('CACHE_MAX_MEMORY_MB', () => {
  it('defaults to a cache that holds a catalogue of thousands of pages', () => {
    expect(memoryCacheBytes({})).toBe(512 * 1024 * 1024)
  })

  it('takes whole megabytes, 0 turning the cache off', () => {
    expect(memoryCacheBytes({ CACHE_MAX_MEMORY_MB: '64' })).toBe(64 * 1024 * 1024)
    expect(memoryCacheBytes({ CACHE_MAX_MEMORY_MB: '0' })).toBe(0)
  })

  it('stops with a message naming the variable for anything else', () => {
    for (const value of ['-1', '1.5', '64MB', '10000000'])
      expect(() => memoryCacheBytes({ CACHE_MAX_MEMORY_MB: value })).toThrow(
        'Invalid CACHE_MAX_MEMORY_MB',
      )
  })
})

describe('CACHE_STORE, CACHE_DIR and CACHE_MAX_DISK_MB', () => {
  it('keep the cache on disk by default, in a folder of the build', () => {
    expect(localCacheStore({})).toBe('disk')
    expect(localCacheStore({ CACHE_STORE: 'memory' })).toBe('memory')
    expect(diskCacheDir({}, '/srv/web/.next')).toBe('/srv/web/.next/cache/storefront')
    expect(diskCacheDir({ CACHE_DIR: '/var/cache/storefront' })).toBe('/var/cache/storefront')
    expect(diskCacheBytes({})).toBe(8192 * 1024 * 1024)
    expect(diskCacheBytes({ CACHE_MAX_DISK_MB: '100' })).toBe(100 * 1024 * 1024)
  })

  it('stop with a message naming the variable for anything else', () => {
    expect(() => localCacheStore({ CACHE_STORE: 'redis' })).toThrow(
      'Invalid CACHE_STORE: must be disk or memory',
    )
    for (const value of ['0', '-5', '1.5', '2GB'])
      expect(() => diskCacheBytes({ CACHE_MAX_DISK_MB: value })).toThrow(
        'Invalid CACHE_MAX_DISK_MB',
      )
  })
})
