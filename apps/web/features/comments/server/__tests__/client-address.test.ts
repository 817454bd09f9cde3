/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { addressKey, clientKey, UNPROXIED_KEY } from '../client-address'

const headers = (init: Record<string, string>) => new Headers(init)

describe('clientKey', () => {
  it('uses the entry the nearest proxy added: the rightmost', () => {
    expect(clientKey(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), 0)).toBe('203.0.113.9')
    expect(clientKey(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), 1)).toBe(
      '203.0.113.9',
    )
  })

  it('falls back to x-real-ip, then to one shared bucket', () => {
    expect(clientKey(headers({ 'x-real-ip': '198.51.100.4' }), 0)).toBe('198.51.100.4')
    expect(clientKey(headers({}), 0)).toBe('unknown')
  })
})

describe('clientKey behind the caching proxy', () => {
  const secret = 'p'.repeat(40)
  const fromProxy = { 'x-proxy-auth': secret, 'x-forwarded-for': '6.6.6.6, 10.0.0.9' }

  it("believes the proxy's x-client-ip, not X-Forwarded-For", () => {
    expect(clientKey(headers({ ...fromProxy, 'x-client-ip': '203.0.113.9' }), 0, secret)).toBe(
      '203.0.113.9',
    )
  })

  it('puts every request without the secret in one bucket, whatever it claims', () => {
    for (const claimed of ['6.6.6.6', '7.7.7.7'])
      for (const auth of [{}, { 'x-proxy-auth': 'p'.repeat(39) + 'q' }] as Record<string, string>[])
        expect(
          clientKey(
            headers({ ...auth, 'x-client-ip': claimed, 'x-forwarded-for': claimed }),
            1,
            secret,
          ),
        ).toBe(UNPROXIED_KEY)
  })
})

describe('addressKey', () => {
  it('unwraps IPv4-mapped IPv6 and strips ports', () => {
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(addressKey('203.0.113.9:51234')).toBe('203.0.113.9')
  })

  it('groups IPv6 addresses by /64, however they are written', () => {
    expect(addressKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64')
    expect(addressKey('2001:0db8:0000:0001:ffff:0:0:9')).toBe('2001:db8:0:1::/64')
    expect(addressKey('[2001:db8:0:1::5]:443')).toBe('2001:db8:0:1::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
  })
})
