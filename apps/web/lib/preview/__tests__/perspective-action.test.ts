/** @jest-environment node */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'

interface CookieWrite {
  name: string
  value: string
  partitioned?: boolean
}

const state = { draftMode: false, jar: new Map<string, string>(), writes: [] as CookieWrite[] }

jest.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: state.draftMode }),
  cookies: async () => ({
    get: (name: string) => {
      const value = state.jar.get(name)
      return value === undefined ? undefined : { name, value }
    },
    has: (name: string) => state.jar.has(name),
    set: (write: CookieWrite) => {
      state.writes.push(write)
      state.jar.set(write.name, write.value)
    },
  }),
}))
const { changePreviewPerspective } =
  jest.requireActual<typeof import('../perspective-action')>('../perspective-action')

beforeEach(() => {
  state.draftMode = true
  state.jar = new Map()
  state.writes = []
})

describe('changePreviewPerspective', () => {
  it('stores the release stack Presentation names, as next-sanity does', async () => {
    await expect(changePreviewPerspective(['rSpring', 'drafts'])).resolves.toBe(true)
    expect(state.writes).toEqual([
      expect.objectContaining({
        name: 'sanity-preview-perspective',
        value: 'rSpring,drafts',
        httpOnly: true,
        partitioned: false,
      }),
    ])
    // The same perspective again (Presentation repeats it on connect) renders nothing new.
    await expect(changePreviewPerspective(['rSpring', 'drafts'])).resolves.toBe(false)
    expect(state.writes).toHaveLength(1)
  })

  it('stores drafts for a perspective it does not accept', async () => {
    state.jar.set('sanity-preview-perspective', 'rSpring,drafts')
    await expect(changePreviewPerspective('raw')).resolves.toBe(true)
    expect(state.jar.get('sanity-preview-perspective')).toBe('drafts')
  })

  it('keeps a partitioned preview partitioned', async () => {
    state.jar.set('sanity-preview-partitioned', '1')
    await changePreviewPerspective('published')
    expect(state.writes[0]).toEqual(expect.objectContaining({ partitioned: true }))
  })

  it('sets nothing outside draft mode', async () => {
    state.draftMode = false
    await expect(changePreviewPerspective(['rSpring', 'drafts'])).resolves.toBe(false)
    expect(state.writes).toEqual([])
  })
})
