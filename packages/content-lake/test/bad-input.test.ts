import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'
import { request } from './helpers/http'

let lake: TestLake
let rev = ''
const v = '/v2025-02-19'
const mutate = `${v}/data/mutate/production?returnIds=true`
const create = (id: string) => ({ create: { _id: id, _type: 'note' } })

beforeAll(async () => {
  lake = await startTestLake()
  rev = (await lake.client(EDITOR_TOKEN).create({ _id: 'existing', _type: 'note', n: 1 }))._rev
})

afterAll(async () => {
  await lake.close()
})

interface Case {
  name: string
  path: string
  method?: string
  token?: string | null
  body?: string | object
  status: number
  type: string
  description: RegExp
}

const cases: Case[] = [
  {
    name: 'malformed JSON',
    path: mutate,
    body: '{"mutations": [',
    status: 400,
    type: 'httpBadRequest',
    description: /not valid JSON/,
  },
  {
    name: 'a body that is not an object',
    path: mutate,
    body: '[1,2]',
    status: 400,
    type: 'httpBadRequest',
    description: /must be an object/,
  },
  {
    name: 'an empty mutations array',
    path: mutate,
    body: { mutations: [] },
    status: 400,
    type: 'httpBadRequest',
    description: /non-empty array/,
  },
  {
    name: 'an unknown mutation type',
    path: mutate,
    body: { mutations: [create('a'), { explode: { id: 'x' } }] },
    status: 400,
    type: 'httpBadRequest',
    description: /Unknown mutation type "explode"/,
  },
  {
    name: 'an unknown patch operation',
    path: mutate,
    body: { mutations: [create('a'), { patch: { id: 'existing', merge: {} } }] },
    status: 400,
    type: 'httpBadRequest',
    description: /unknown patch operation "merge"/,
  },
  {
    name: 'a document without _type',
    path: mutate,
    body: { mutations: [create('a'), { create: { _id: 'b' } }] },
    status: 400,
    type: 'httpBadRequest',
    description: /_type/,
  },
  {
    name: 'an invalid document id',
    path: mutate,
    body: { mutations: [{ create: { _id: 'bad id!', _type: 'note' } }] },
    status: 400,
    type: 'httpBadRequest',
    description: /not valid/,
  },
  {
    name: 'an unparseable patch path',
    path: mutate,
    body: { mutations: [create('a'), { patch: { id: 'existing', set: { 'a[': 1 } } }] },
    status: 400,
    type: 'mutationError',
    description: /failed/,
  },
  {
    name: 'invalid GROQ in a query selection',
    path: mutate,
    body: { mutations: [create('a'), { delete: { query: '*[' } }] },
    status: 400,
    type: 'queryParseError',
    description: /Syntax error/,
  },
  {
    name: 'an unknown action type',
    path: `${v}/data/actions/production`,
    body: { actions: [{ actionType: 'sanity.action.document.explode' }] },
    status: 400,
    type: 'httpBadRequest',
    description: /Unknown action type/,
  },
  {
    name: 'invalid GROQ',
    path: `${v}/data/query/production?query=${encodeURIComponent('*[_type ==')}`,
    method: 'GET',
    status: 400,
    type: 'queryParseError',
    description: /Syntax error/,
  },
  {
    name: 'a $param that is not JSON',
    path: `${v}/data/query/production?query=*&$slug=unquoted`,
    method: 'GET',
    status: 400,
    type: 'httpBadRequest',
    description: /\$slug/,
  },
  {
    // A single unknown name is a release id (a release perspective), so only malformed names are refused.
    name: 'a malformed perspective',
    path: `${v}/data/query/production?query=*&perspective=no%20such!`,
    method: 'GET',
    status: 400,
    type: 'httpBadRequest',
    description: /perspective/,
  },
  {
    name: 'a body over maxBodyBytes',
    path: mutate,
    body: { mutations: [{ create: { _id: 'big', _type: 'note', text: 'x'.repeat(70_000) } }] },
    status: 413,
    type: 'httpPayloadTooLarge',
    description: /limit of 65536 bytes/,
  },
  {
    name: 'a missing token',
    path: mutate,
    token: null,
    body: { mutations: [create('a')] },
    status: 401,
    type: 'httpUnauthorized',
    description: /editor token/,
  },
  {
    name: 'a wrong token',
    path: mutate,
    token: 'wrong-token-123',
    body: { mutations: [create('a')] },
    status: 401,
    type: 'httpUnauthorized',
    description: /token/,
  },
  {
    name: 'a read-only token',
    path: mutate,
    token: VIEWER_TOKEN,
    body: { mutations: [create('a')] },
    status: 403,
    type: 'httpForbidden',
    description: /read-only/,
  },
  {
    name: 'a revision conflict',
    path: mutate,
    body: {
      mutations: [create('a'), { patch: { id: 'existing', ifRevisionID: 'stale', set: { n: 2 } } }],
    },
    status: 409,
    type: 'mutationError',
    description: /failed/,
  },
  {
    name: 'creating an existing id',
    path: mutate,
    body: { mutations: [create('a'), create('existing')] },
    status: 409,
    type: 'mutationError',
    description: /failed/,
  },
  {
    name: 'a path that does not exist',
    path: `${v}/data/explode/production`,
    status: 404,
    type: 'httpNotFound',
    description: /No such endpoint/,
  },
  {
    name: 'a dataset that does not exist',
    path: `${v}/data/mutate/staging`,
    body: { mutations: [create('a')] },
    status: 404,
    type: 'httpNotFound',
    description: /Dataset "staging" not found/,
  },
  {
    name: 'a wrong method',
    path: mutate,
    method: 'PUT',
    body: { mutations: [create('a')] },
    status: 405,
    type: 'httpMethodNotAllowed',
    description: /allowed: POST/,
  },
  {
    name: 'GET on mutate',
    path: mutate,
    method: 'GET',
    status: 405,
    type: 'httpMethodNotAllowed',
    description: /allowed: POST/,
  },
]

test.each(cases)('$name: $status $type, nothing written, still serving', async (c) => {
  const token = c.token === null ? undefined : (c.token ?? EDITOR_TOKEN)
  const res = await request(`${lake.url}${c.path}`, {
    method: c.method ?? 'POST',
    token,
    body: c.body,
  })
  expect(res.status).toBe(c.status)
  expect(res.json).toMatchObject({
    error: { type: c.type, description: expect.stringMatching(c.description) },
  })
  const editor = lake.client(EDITOR_TOKEN)
  expect(await editor.fetch('*{_id, _rev, n}', {}, { perspective: 'raw' })).toEqual([
    { _id: 'existing', _rev: rev, n: 1 },
  ])
  expect((await request(`${lake.url}/health`)).json).toEqual({ ok: true })
})
