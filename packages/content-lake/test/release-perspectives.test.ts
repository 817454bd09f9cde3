import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'

let lake: TestLake
let editor: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client(EDITOR_TOKEN)
  await editor
    .transaction()
    .createOrReplace({ _id: 'p-1', _type: 'article', title: 'published 1' })
    .createOrReplace({ _id: 'p-2', _type: 'article', title: 'published 2' })
    .createOrReplace({ _id: 'p-3', _type: 'article', title: 'published 3' })
    .createOrReplace({ _id: 'drafts.p-1', _type: 'article', title: 'draft 1' })
    .createOrReplace({
      _id: 'pointer',
      _type: 'pointer',
      target: { _type: 'reference', _ref: 'p-2' },
    })
    .commit()
  await editor.releases.create({ releaseId: 'rLow', metadata: { title: 'Low' } })
  await editor.releases.create({ releaseId: 'rHigh', metadata: { title: 'High' } })
  const version = (releaseId: string, publishedId: string, title: string): Promise<unknown> =>
    editor.createVersion({ releaseId, publishedId, document: { _type: 'article', title } })
  await version('rLow', 'p-1', 'low 1')
  await version('rLow', 'p-2', 'low 2')
  await version('rHigh', 'p-2', 'high 2')
  await version('rHigh', 'p-4', 'high 4 (new)')
  await editor.unpublishVersion({ releaseId: 'rHigh', publishedId: 'p-3' })
})

afterAll(async () => {
  await lake.close()
})

type Row = { _id: string; _originalId?: string | null; title: string }

function articles(client: SanityClient, perspective: string[]): Promise<Row[]> {
  return client
    .withConfig({ perspective })
    .fetch<Row[]>('*[_type == "article"]{_id, _originalId, title} | order(_id)')
}

describe('release perspectives', () => {
  test('one release overlays its versions on published, with _originalId naming the version', async () => {
    expect(await articles(editor, ['rLow'])).toEqual([
      { _id: 'p-1', _originalId: 'versions.rLow.p-1', title: 'low 1' },
      { _id: 'p-2', _originalId: 'versions.rLow.p-2', title: 'low 2' },
      { _id: 'p-3', _originalId: 'p-3', title: 'published 3' },
    ])
  })

  test('a stack prefers earlier releases, then drafts when listed; an unpublish version hides the document', async () => {
    expect(await articles(editor, ['rHigh', 'rLow', 'drafts'])).toEqual([
      { _id: 'p-1', _originalId: 'versions.rLow.p-1', title: 'low 1' },
      { _id: 'p-2', _originalId: 'versions.rHigh.p-2', title: 'high 2' },
      { _id: 'p-4', _originalId: 'versions.rHigh.p-4', title: 'high 4 (new)' },
    ])
    expect(await articles(editor, ['rHigh', 'drafts'])).toEqual([
      { _id: 'p-1', _originalId: 'drafts.p-1', title: 'draft 1' },
      { _id: 'p-2', _originalId: 'versions.rHigh.p-2', title: 'high 2' },
      { _id: 'p-4', _originalId: 'versions.rHigh.p-4', title: 'high 4 (new)' },
    ])
  })

  test('lookups by _id and joins read the stack too', async () => {
    const stacked = editor.withConfig({ perspective: ['rHigh'] })
    expect(await stacked.fetch('*[_id == "p-2"][0].title')).toBe('high 2')
    expect(await stacked.fetch('*[_id == "versions.rHigh.p-2"]')).toEqual([])
    expect(await stacked.fetch('*[_id == "pointer"][0].target->title')).toBe('high 2')
    expect(await editor.fetch('*[_id == "pointer"][0].target->title')).toBe('published 2')
  })

  test('the published and drafts perspectives show no versions', async () => {
    const published = await editor.fetch<string[]>('*[_type == "article"]._id | order(@)')
    expect(published).toEqual(['p-1', 'p-2', 'p-3'])
    const drafts = await articles(editor, ['drafts'])
    expect(drafts.map((row) => row.title)).toEqual(['draft 1', 'published 2', 'published 3'])
  })

  test('releases::all() returns the release documents, in any perspective', async () => {
    const query = 'releases::all() | order(name) {name, state, "title": metadata.title}'
    const expected = [
      { name: 'rHigh', state: 'active', title: 'High' },
      { name: 'rLow', state: 'active', title: 'Low' },
    ]
    expect(await editor.fetch(query)).toEqual(expected)
    expect(await editor.withConfig({ perspective: ['rLow', 'drafts'] }).fetch(query)).toEqual(
      expected,
    )
    expect(await lake.client(VIEWER_TOKEN).fetch(query)).toEqual(expected)
  })

  test("the Studio's release list query finds the releases", async () => {
    const query = '*[_type=="system.release" && _id in path("_.releases.*")]{_id} | order(_id)'
    expect(await editor.fetch(query)).toEqual([
      { _id: '_.releases.rHigh' },
      { _id: '_.releases.rLow' },
    ])
  })
})

test("the Studio's release listener hears a new release; an anonymous one does not", async () => {
  const studioFilter = '*[_type=="system.release" && _id in path("_.releases.*")]'
  const listen = (
    client: SanityClient,
    filter: string,
  ): Collector<{ type: string; documentId?: string }> =>
    new Collector<{ type: string; documentId?: string }>(
      client.listen(filter, {}, { events: ['welcome', 'mutation'] }),
    )
  const editorEvents = listen(editor, studioFilter)
  const anonymousEvents = listen(lake.client(), '*[_type in ["system.release", "listenMarker"]]')
  try {
    await editorEvents.waitFor((e) => e.type === 'welcome')
    await anonymousEvents.waitFor((e) => e.type === 'welcome')
    await editor.releases.create({ releaseId: 'rHeard' })
    // A public document written after the release: once the anonymous listener has it, it would have had
    // the release's event too.
    await editor.create({ _id: 'marker', _type: 'listenMarker' })
    await editorEvents.waitFor((e) => e.documentId === '_.releases.rHeard')
    await anonymousEvents.waitFor((e) => e.documentId === 'marker')
    expect(anonymousEvents.values.map((e) => e.documentId)).toEqual([undefined, 'marker'])
  } finally {
    editorEvents.stop()
    anonymousEvents.stop()
  }
})

describe('releases are private to token holders', () => {
  const anonymous = (): SanityClient => lake.client()

  test('no release documents, by query, releases::all() or by id', async () => {
    expect(await anonymous().fetch('releases::all()')).toEqual([])
    expect(await anonymous().fetch('*[_type == "system.release"]')).toEqual([])
    const raw = anonymous().withConfig({ perspective: 'raw' })
    expect(
      await raw.fetch('*[_id in path("_.releases.**") || _id in path("versions.**")]'),
    ).toEqual([])
    expect(await anonymous().getDocument('_.releases.rLow')).toBeUndefined()
    expect(await anonymous().getDocument('versions.rLow.p-1')).toBeUndefined()
  })

  test('a release perspective shows an anonymous caller the published documents only', async () => {
    expect(await articles(anonymous(), ['rHigh', 'rLow', 'drafts'])).toEqual([
      { _id: 'p-1', _originalId: null, title: 'published 1' },
      { _id: 'p-2', _originalId: null, title: 'published 2' },
      { _id: 'p-3', _originalId: null, title: 'published 3' },
    ])
  })
})
