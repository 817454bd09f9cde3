/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { readCommentBody } from '../request-body'

const url = 'http://localhost/api/comments'
const post = (body: BodyInit | null, contentType?: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    body,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
  })

describe('readCommentBody', () => {
  it('reads a urlencoded form, the first value of a repeated field winning', async () => {
    const read = await readCommentBody(
      post('authorName=Ann&body=Hi%20there&authorName=Bob', 'application/x-www-form-urlencoded'),
      1024,
    )
    expect(read).toEqual({ ok: true, fields: { authorName: 'Ann', body: 'Hi there' } })
  })

  it('reads a JSON object and a multipart form', async () => {
    expect(
      await readCommentBody(post('{"body":"Hi","n":1}', 'application/json; charset=utf-8'), 1024),
    ).toEqual({
      ok: true,
      fields: { body: 'Hi', n: 1 },
    })
    const form = new FormData()
    form.append('body', 'Hi')
    expect(await readCommentBody(new Request(url, { method: 'POST', body: form }), 1024)).toEqual({
      ok: true,
      fields: { body: 'Hi' },
    })
  })

  it('keeps a field named __proto__ as plain data', async () => {
    const read = await readCommentBody(
      post('{"__proto__":{"polluted":true}}', 'application/json'),
      1024,
    )
    expect(read.ok && Object.getPrototypeOf(read.fields)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses other content types as unsupported', async () => {
    for (const type of [undefined, 'text/plain', 'application/xml', 'application/jsonx']) {
      expect(await readCommentBody(post('body=x', type), 1024)).toEqual({
        ok: false,
        problem: 'unsupported-type',
      })
    }
  })

  it('refuses a body over the limit, whatever Content-Length says', async () => {
    const big = 'body=' + 'x'.repeat(2000)
    expect(await readCommentBody(post(big, 'application/x-www-form-urlencoded'), 1024)).toEqual({
      ok: false,
      problem: 'too-large',
    })
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(500)))
        controller.close()
      },
    })
    const chunked = new Request(url, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-type': 'application/json' },
    } as RequestInit)
    expect(await readCommentBody(chunked, 1024)).toEqual({ ok: false, problem: 'too-large' })
  })

  it('calls broken JSON, non-objects, invalid UTF-8 and file uploads malformed', async () => {
    expect(await readCommentBody(post('{"body":', 'application/json'), 1024)).toEqual({
      ok: false,
      problem: 'malformed',
    })
    expect(await readCommentBody(post('["a"]', 'application/json'), 1024)).toEqual({
      ok: false,
      problem: 'malformed',
    })
    expect(
      await readCommentBody(
        post(new Uint8Array([0x62, 0x3d, 0xff, 0xfe]), 'application/x-www-form-urlencoded'),
        1024,
      ),
    ).toEqual({
      ok: false,
      problem: 'malformed',
    })
    const form = new FormData()
    form.append('body', new Blob(['x']), 'x.txt')
    expect(await readCommentBody(new Request(url, { method: 'POST', body: form }), 1024)).toEqual({
      ok: false,
      problem: 'malformed',
    })
    expect(await readCommentBody(post('garbage', 'multipart/form-data; boundary=x'), 1024)).toEqual(
      { ok: false, problem: 'malformed' },
    )
  })
})

describe('readCommentBody and broken Unicode', () => {
  it('turns half a surrogate pair in JSON into U+FFFD, keeping whole pairs', async () => {
    const read = await readCommentBody(
      post('{"body":"a\\ud800b \\ud83d\\ude00 \\udc00"}', 'application/json'),
      1024,
    )
    expect(read).toEqual({ ok: true, fields: { body: 'a\uFFFDb \u{1F600} \uFFFD' } })
  })
})
