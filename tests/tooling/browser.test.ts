import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { findBrowser } from '../../scripts/lib/browser.mjs'
import { ROOT } from '../support/paths'

const present = (paths: string[]) => (path: string) => paths.includes(path)
const noDirs = () => []

describe('findBrowser', () => {
  it('uses CHROMIUM_PATH when it points at a browser', () => {
    const found = findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, present(['/opt/chrome']), noDirs)
    expect(found).toEqual({ path: '/opt/chrome' })
  })

  it('reports a CHROMIUM_PATH that points nowhere instead of picking another browser', () => {
    const found = findBrowser(
      { CHROMIUM_PATH: '/missing/chrome' },
      present(['/usr/bin/chromium']),
      noDirs,
    )
    expect(found.path).toBeUndefined()
    expect(found.problem).toContain('CHROMIUM_PATH is set to /missing/chrome')
  })

  it("prefers Playwright's newest Chromium build over system browsers", () => {
    const root = '/pw'
    const newest = join(root, 'chromium-1200/chrome-linux/chrome')
    const found = findBrowser(
      { PLAYWRIGHT_BROWSERS_PATH: root },
      present([join(root, 'chromium-1100/chrome-linux/chrome'), newest, '/usr/bin/chromium']),
      (dir) => (dir === root ? ['chromium-1100', 'chromium-1200', 'ffmpeg-1011'] : []),
    )
    expect(found).toEqual({ path: newest })
  })

  it('falls back to the usual install paths', () => {
    const found = findBrowser({}, present(['/usr/bin/google-chrome-stable']), noDirs)
    expect(found).toEqual({ path: '/usr/bin/google-chrome-stable' })
  })

  it('says how to get a browser when there is none', () => {
    const found = findBrowser({}, present([]), noDirs)
    expect(found.problem).toContain('apt-get install -y chromium')
  })
})

describe('npm test without a browser', () => {
  it('stops at the start with one message about the browser', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/run-tests.mjs')], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium')
    expect(run.stderr).toContain('apt-get install -y chromium')
    // Nothing else ran: no turbo output, only the summary line CI reads.
    expect(run.stdout.trim()).toBe('0 passed, 1 failed')
  })
})
