import { describe, expect, it } from '@jest/globals'
import { parse } from 'groq-js'
import * as queries from '../src/queries'

const all = Object.entries(queries)

describe('queries', () => {
  it('exports only GROQ strings that parse', () => {
    expect(all.length).toBeGreaterThanOrEqual(9)
    for (const [name, query] of all) {
      expect(typeof query).toBe('string')
      expect(() => parse(query, { params: { start: 0, end: 1, limit: 1 } })).not.toThrow()
      expect(name).toMatch(/Query$/)
    }
  })

  it('never selects a comment author email', () => {
    const leaking = all.filter(([, query]) => /authorEmail/i.test(query)).map(([name]) => name)
    expect(leaking).toEqual([])
  })

  it('never returns drafts or release versions, whatever perspective the backend applies', () => {
    for (const [name, query] of all) {
      const roots = query.match(/\*\[/g)?.length ?? 0
      const guarded = query.match(/!\(_id in path\("drafts\.\*\*"\)\)/g)?.length ?? 0
      // The site settings singleton is read by its fixed published id.
      const fixedId = /_id == "siteSettings"/.test(query) ? 1 : 0
      expect({ name, unguarded: roots - guarded - fixedId }).toEqual({ name, unguarded: 0 })
    }
  })
})
