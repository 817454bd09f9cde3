import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN).withConfig({ perspective: 'raw' })
})

afterAll(async () => {
  await lake.close()
})

/** What a failed client call rejects with: the HTTP status and Sanity's error type. */
function rejection(statusCode: number, type: string): object {
  return { statusCode, details: { type } }
}

async function seedArticle(id: string, title: string): Promise<void> {
  await client.createOrReplace({ _id: id, _type: 'article', title })
}

async function idsInRelease(releaseId: string): Promise<string[]> {
  return client.fetch('*[sanity::partOfRelease($releaseId)]._id | order(@)', { releaseId })
}

describe('release actions', () => {
  test('create makes an active system.release document with the metadata; a second create is a 409', async () => {
    await client.releases.create({ releaseId: 'rCreate', metadata: { title: 'Spring' } })
    const release = await client.releases.get({ releaseId: 'rCreate' })
    expect(release).toMatchObject({
      _id: '_.releases.rCreate',
      _type: 'system.release',
      name: 'rCreate',
      state: 'active',
      metadata: { title: 'Spring', releaseType: 'undecided' },
    })
    await expect(client.releases.create({ releaseId: 'rCreate' })).rejects.toMatchObject(
      rejection(409, 'actionError'),
    )
  })

  test('import writes an exported release document; ifExists decides about an existing one', async () => {
    const exported = {
      _id: '_.releases.rImported',
      _type: 'system.release',
      _rev: 'from-another-dataset',
      state: 'archived',
      metadata: { title: 'Imported', releaseType: 'asap' },
    }
    await client.action({
      actionType: 'sanity.action.release.import',
      releaseId: 'rImported',
      attributes: exported,
      ifExists: 'fail',
    })
    const imported = await client.releases.get({ releaseId: 'rImported' })
    expect(imported).toMatchObject({
      name: 'rImported',
      state: 'archived',
      metadata: exported.metadata,
    })
    expect(imported?._rev).not.toBe('from-another-dataset')
    const again = { actionType: 'sanity.action.release.import', releaseId: 'rImported' } as const
    await expect(
      client.action({ ...again, attributes: exported, ifExists: 'fail' }),
    ).rejects.toMatchObject(rejection(409, 'actionError'))
    const renamed = { ...exported, metadata: { title: 'Renamed', releaseType: 'asap' } }
    await client.action({ ...again, attributes: renamed, ifExists: 'ignore' })
    expect((await client.releases.get({ releaseId: 'rImported' }))?.metadata.title).toBe('Imported')
    await client.action({ ...again, document: renamed, ifExists: 'replace' })
    expect((await client.releases.get({ releaseId: 'rImported' }))?.metadata.title).toBe('Renamed')
    const badState = client.action({
      ...again,
      attributes: { ...exported, state: 'publishing' },
      ifExists: 'replace',
    })
    await expect(badState).rejects.toMatchObject(rejection(400, 'httpBadRequest'))
    const otherId = client.action({
      ...again,
      attributes: { ...exported, _id: '_.releases.other' },
      ifExists: 'replace',
    })
    await expect(otherId).rejects.toMatchObject(rejection(400, 'httpBadRequest'))
    expect((await client.releases.get({ releaseId: 'rImported' }))?.metadata.title).toBe('Renamed')
  })

  test('edit patches metadata, and refuses to change anything else', async () => {
    await client.releases.create({ releaseId: 'rEdit' })
    await client.releases.edit({
      releaseId: 'rEdit',
      patch: { set: { 'metadata.title': 'Edited', 'metadata.releaseType': 'asap' } },
    })
    expect((await client.releases.get({ releaseId: 'rEdit' }))?.metadata).toEqual({
      title: 'Edited',
      releaseType: 'asap',
    })
    const sneaky = client.releases.edit({
      releaseId: 'rEdit',
      patch: { set: { state: 'published' } },
    })
    await expect(sneaky).rejects.toMatchObject(rejection(400, 'httpBadRequest'))
    expect((await client.releases.get({ releaseId: 'rEdit' }))?.state).toBe('active')
  })

  test('publish turns every version into its published document in one transaction', async () => {
    await seedArticle('pub-a', 'old A')
    await client.releases.create({ releaseId: 'rPub' })
    await client.createVersion({
      releaseId: 'rPub',
      publishedId: 'pub-a',
      document: { _type: 'article', title: 'new A' },
    })
    await client.createVersion({
      releaseId: 'rPub',
      publishedId: 'pub-b',
      document: { _type: 'article', title: 'new B' },
    })
    const { transactionId } = await client.releases.publish({ releaseId: 'rPub' })
    const docs = await client.fetch('*[_id in ["pub-a", "pub-b"]]{_id, title, _rev} | order(_id)')
    expect(docs).toEqual([
      { _id: 'pub-a', title: 'new A', _rev: transactionId },
      { _id: 'pub-b', title: 'new B', _rev: transactionId },
    ])
    expect(await idsInRelease('rPub')).toEqual([])
    const release = await client.releases.get({ releaseId: 'rPub' })
    expect(release).toMatchObject({
      state: 'published',
      finalDocumentStates: [{ id: 'versions.rPub.pub-a' }, { id: 'versions.rPub.pub-b' }],
    })
    expect(typeof release?.publishedAt).toBe('string')
    await expect(client.releases.publish({ releaseId: 'rPub' })).rejects.toMatchObject(
      rejection(409, 'actionError'),
    )
  })

  test('schedule refuses a past time (a minute of clock skew aside); a scheduled release locks its versions until unscheduled', async () => {
    await client.releases.create({ releaseId: 'rSched' })
    await client.createVersion({
      releaseId: 'rSched',
      publishedId: 'sched-a',
      document: { _type: 'article', title: 'A' },
    })
    const past = client.releases.schedule({
      releaseId: 'rSched',
      publishAt: '2001-01-01T00:00:00Z',
    })
    await expect(past).rejects.toMatchObject(rejection(400, 'httpBadRequest'))
    const publishAt = new Date(Date.now() + 3_600_000).toISOString()
    await client.releases.schedule({ releaseId: 'rSched', publishAt })
    expect(await client.releases.get({ releaseId: 'rSched' })).toMatchObject({
      state: 'scheduled',
      publishAt,
    })
    const locked = client.replaceVersion({
      document: { _id: 'versions.rSched.sched-a', _type: 'article', title: 'B' },
    })
    await expect(locked).rejects.toMatchObject(rejection(409, 'actionError'))
    await client.releases.unschedule({ releaseId: 'rSched' })
    const release = await client.releases.get({ releaseId: 'rSched' })
    expect(release?.state).toBe('active')
    expect(release?.publishAt).toBeUndefined()
    await expect(client.releases.unschedule({ releaseId: 'rSched' })).rejects.toMatchObject(
      rejection(409, 'actionError'),
    )
  })

  test('archive removes the versions, unarchive restores them, delete needs archived or published', async () => {
    await client.releases.create({ releaseId: 'rArch' })
    await client.createVersion({
      releaseId: 'rArch',
      publishedId: 'arch-a',
      document: { _type: 'article', title: 'A' },
    })
    await expect(client.releases.delete({ releaseId: 'rArch' })).rejects.toMatchObject(
      rejection(409, 'actionError'),
    )
    await client.releases.archive({ releaseId: 'rArch' })
    expect(await idsInRelease('rArch')).toEqual([])
    expect((await client.releases.get({ releaseId: 'rArch' }))?.state).toBe('archived')
    await client.releases.unarchive({ releaseId: 'rArch' })
    expect(await idsInRelease('rArch')).toEqual(['versions.rArch.arch-a'])
    expect(await client.getDocument('versions.rArch.arch-a')).toMatchObject({ title: 'A' })
    await client.releases.archive({ releaseId: 'rArch' })
    await client.releases.delete({ releaseId: 'rArch' })
    expect(await client.releases.get({ releaseId: 'rArch' })).toBeUndefined()
  })

  test('actions on a release that does not exist are a 404', async () => {
    await expect(client.releases.publish({ releaseId: 'rNone' })).rejects.toMatchObject(
      rejection(404, 'actionError'),
    )
  })
})

describe('version actions', () => {
  test('create from a document, from a base (with its revision checked), replace and discard', async () => {
    await seedArticle('ver-a', 'published A')
    await client.releases.create({ releaseId: 'rVer' })
    await client.createVersion({
      releaseId: 'rVer',
      publishedId: 'ver-b',
      document: { _type: 'article', title: 'B' },
    })
    const stale = client.createVersion({
      releaseId: 'rVer',
      publishedId: 'ver-a',
      baseId: 'ver-a',
      ifBaseRevisionId: 'nope',
    })
    await expect(stale).rejects.toMatchObject(rejection(409, 'actionError'))
    await client.createVersion({ releaseId: 'rVer', publishedId: 'ver-a', baseId: 'ver-a' })
    expect(await client.getDocument('versions.rVer.ver-a')).toMatchObject({ title: 'published A' })
    const again = client.createVersion({
      releaseId: 'rVer',
      publishedId: 'ver-b',
      document: { _type: 'article' },
    })
    await expect(again).rejects.toMatchObject(rejection(409, 'actionError'))
    await client.replaceVersion({
      document: { _id: 'versions.rVer.ver-a', _type: 'article', title: 'replaced' },
    })
    expect(await client.getDocument('versions.rVer.ver-a')).toMatchObject({ title: 'replaced' })
    await client.discardVersion({ releaseId: 'rVer', publishedId: 'ver-b' })
    expect(await idsInRelease('rVer')).toEqual(['versions.rVer.ver-a'])
    const gone = client.discardVersion({ releaseId: 'rVer', publishedId: 'ver-b' })
    await expect(gone).rejects.toMatchObject(rejection(409, 'actionError'))
  })

  test('a version of a release that does not exist is refused', async () => {
    const orphan = client.createVersion({
      releaseId: 'rMissing',
      publishedId: 'x',
      document: { _type: 'article' },
    })
    await expect(orphan).rejects.toMatchObject(rejection(404, 'actionError'))
  })

  test('the Studio edits a version with the edit action, the version id as draftId', async () => {
    await seedArticle('ver-edit', 'published')
    await client.releases.create({ releaseId: 'rStudio' })
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'versions.rStudio.ver-edit',
      publishedId: 'ver-edit',
      patch: { set: { title: 'in the release' } },
    })
    expect(await client.getDocument('versions.rStudio.ver-edit')).toMatchObject({
      title: 'in the release',
    })
    expect(await client.getDocument('ver-edit')).toMatchObject({ title: 'published' })
  })

  test('unpublish marks the version, and publishing the release deletes the document', async () => {
    await seedArticle('ver-gone', 'to be removed')
    await client.releases.create({ releaseId: 'rUnpub' })
    await client.unpublishVersion({ releaseId: 'rUnpub', publishedId: 'ver-gone' })
    expect(await client.getDocument('versions.rUnpub.ver-gone')).toMatchObject({
      _system: { delete: true },
    })
    const missing = client.unpublishVersion({ releaseId: 'rUnpub', publishedId: 'never-published' })
    await expect(missing).rejects.toMatchObject(rejection(409, 'actionError'))
    await client.releases.publish({ releaseId: 'rUnpub' })
    expect(await client.getDocument('ver-gone')).toBeUndefined()
  })

  test('an unknown release verb is a 400', async () => {
    const call = client.action({
      actionType: 'sanity.action.release.import',
      releaseId: 'r',
      attributes: { _id: 'x', _type: 't' },
      ifExists: 'fail',
    })
    await expect(call).rejects.toMatchObject(rejection(400, 'httpBadRequest'))
  })
})
