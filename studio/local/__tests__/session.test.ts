import { describe, expect, it } from '@jest/globals'
import { parseLocalSession } from '../session'

describe('parseLocalSession', () => {
  it('reads the token and the user with their role', () => {
    const session = parseLocalSession({
      token: 'sk-local',
      user: { id: 'u1', name: 'Erin Editor', email: 'erin@example.test', role: 'editor' },
    })
    expect(session).toEqual({
      token: 'sk-local',
      user: {
        id: 'u1',
        name: 'Erin Editor',
        email: 'erin@example.test',
        role: 'editor',
        roles: [{ name: 'editor', title: 'Editor' }],
        provider: 'local',
      },
    })
  })

  it('keeps an administrator an administrator', () => {
    expect(parseLocalSession({ token: 't', user: { role: 'administrator' } }).user.roles).toEqual([
      { name: 'administrator', title: 'Administrator' },
    ])
  })

  it('fills in a usable editor when the user is missing', () => {
    const { user } = parseLocalSession({ token: 't' })
    expect(user.id).toBe('local-editor')
    // The Studio shows "unauthorized" to a user without roles, so there must always be one.
    expect(user.roles).toEqual([{ name: 'editor', title: 'Editor' }])
  })

  it('treats an unknown role as editor', () => {
    expect(parseLocalSession({ token: 't', user: { role: 'root' } }).user.role).toBe('editor')
  })

  it.each([null, 'text', [], {}, { token: '' }, { token: 42 }])('rejects %p', (body) => {
    expect(() => parseLocalSession(body)).toThrow('without a token')
  })
})
