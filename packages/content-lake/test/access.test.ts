import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'
import { isLoopback } from '../src/routes/localSession'
import { request } from './helpers/http'

let lake: TestLake
const v = '/v2025-02-19'

beforeAll(async () => {
  lake = await startTestLake()
  await lake
    .client(EDITOR_TOKEN)
    .transaction()
    .create({ _id: 'pub', _type: 'post' })
    .create({ _id: 'drafts.pub', _type: 'post' })
    .create({ _id: 'drafts.new', _type: 'post' })
    .commit()
})

afterAll(async () => {
  await lake.close()
})

describe('reading without a token', () => {
  test('queries see published documents only, whatever perspective is asked for', async () => {
    const anonymous = lake.client()
    expect(await anonymous.fetch('*._id', {}, { perspective: 'raw' })).toEqual(['pub'])
    expect(await anonymous.fetch('*._id', {}, { perspective: 'drafts' })).toEqual(['pub'])
    expect(await lake.client(VIEWER_TOKEN).fetch('*._id', {}, { perspective: 'raw' })).toEqual([
      'drafts.new',
      'drafts.pub',
      'pub',
    ])
  })

  test('the doc endpoint omits drafts for permission', async () => {
    const res = await request(`${lake.url}${v}/data/doc/production/pub,drafts.pub,nope`)
    expect(res.json).toEqual({
      documents: [expect.objectContaining({ _id: 'pub' })],
      omitted: [
        { id: 'drafts.pub', reason: 'permission' },
        { id: 'nope', reason: 'existence' },
      ],
    })
  })
})

describe('writing', () => {
  test('needs a token (401) with the editor role (403 for viewers)', async () => {
    await expect(lake.client().create({ _type: 'post' })).rejects.toMatchObject({ statusCode: 401 })
    await expect(lake.client(VIEWER_TOKEN).create({ _type: 'post' })).rejects.toMatchObject({
      statusCode: 403,
    })
    const action = { actionType: 'sanity.action.document.discard', draftId: 'drafts.new' } as const
    await expect(lake.client(VIEWER_TOKEN).action(action)).rejects.toMatchObject({
      statusCode: 403,
    })
    expect(await lake.client(EDITOR_TOKEN).fetch('count(*)', {}, { perspective: 'raw' })).toBe(3)
  })

  test('an unknown token is a 401 even for reads', async () => {
    await expect(lake.client('not-a-real-token').fetch('*')).rejects.toMatchObject({
      statusCode: 401,
    })
  })
})

describe('Studio endpoints', () => {
  test('the ACL lists the grants of the role', async () => {
    const acl = (token?: string) =>
      request(`${lake.url}${v}/projects/local/datasets/production/acl`, { token }).then(
        (r) => r.json,
      )
    expect(await acl(EDITOR_TOKEN)).toEqual([
      { filter: "_id in path('**')", permissions: ['read', 'update', 'create', 'history'] },
    ])
    expect(await acl(VIEWER_TOKEN)).toEqual([
      { filter: "_id in path('**')", permissions: ['read', 'history'] },
    ])
    expect(await acl()).toEqual([{ filter: "_id in path('*')", permissions: ['read'] }])
  })

  test('users by id, for "edited by" in the Studio', async () => {
    const one = await request(`${lake.url}${v}/users/local-test-editor`, { token: EDITOR_TOKEN })
    expect(one.json).toMatchObject({ id: 'local-test-editor', displayName: 'Test Editor' })
    const many = await request(`${lake.url}${v}/users/local-test-editor,nobody,local-test-viewer`, {
      token: EDITOR_TOKEN,
    })
    expect(many.json).toEqual([
      expect.objectContaining({ id: 'local-test-editor' }),
      expect.objectContaining({ id: 'local-test-viewer' }),
    ])
    expect((await request(`${lake.url}${v}/users/nobody`, { token: EDITOR_TOKEN })).status).toBe(
      404,
    )
  })

  test('users/me, the project and its datasets', async () => {
    expect((await request(`${lake.url}${v}/users/me`, { token: EDITOR_TOKEN })).json).toMatchObject(
      { id: 'local-test-editor', name: 'Test Editor', roles: [{ name: 'editor' }] },
    )
    expect((await request(`${lake.url}${v}/users/me`)).json).toEqual({})
    const project = (await request(`${lake.url}${v}/projects/local`, { token: EDITOR_TOKEN })).json
    expect(project).toMatchObject({
      id: 'local',
      members: [
        expect.objectContaining({ id: 'local-test-editor', isCurrentUser: true }),
        expect.objectContaining({ id: 'local-test-viewer', isCurrentUser: false }),
      ],
    })
    expect((await request(`${lake.url}${v}/projects/local/datasets`)).json).toEqual([
      { name: 'production', aclMode: 'public' },
    ])
    expect((await request(`${lake.url}${v}/projects/other`)).status).toBe(404)
  })

  test('/local-session gives a Studio on this machine the first editor token, and can be turned off', async () => {
    const session = await request(`${lake.url}/local-session`)
    expect(session.json).toEqual({
      token: EDITOR_TOKEN,
      user: {
        id: 'local-test-editor',
        name: 'Test Editor',
        email: 'local-test-editor@localhost',
        role: 'editor',
      },
    })
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopback('192.168.1.20')).toBe(false)
    expect(isLoopback(undefined)).toBe(false)
    const off = await startTestLake({ configOverrides: { localSession: false } })
    expect((await request(`${off.url}/local-session`)).status).toBe(404)
    await off.close()
  })

  test('everything else answers a JSON 404 quickly', async () => {
    for (const path of [
      `${v}/journey/projects/local`,
      `${v}/journey/trial`,
      '/vX/intake/telemetry-status',
      '/nope',
    ]) {
      const res = await request(`${lake.url}${path}`, { token: EDITOR_TOKEN })
      expect(res).toMatchObject({
        status: 404,
        json: { error: { type: 'httpNotFound', description: expect.any(String) } },
      })
    }
  })
})

describe('CORS', () => {
  test('answers preflights for listed origins with credentials allowed', async () => {
    const res = await request(`${lake.url}${v}/data/mutate/production`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type')
  })

  test('refuses unlisted origins, but allows the lake its own origin', async () => {
    const other = await request(`${lake.url}/health`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    })
    expect(other.status).toBe(403)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const own = await request(`${lake.url}/health`, { headers: { origin: lake.url } })
    expect(own.headers.get('access-control-allow-origin')).toBe(lake.url)
  })
})
