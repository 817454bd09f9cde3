import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** The variable that names the browser explicitly; it wins over every place searched. */
export const BROWSER_VARIABLE = 'CHROMIUM_PATH'

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

// Where `npx playwright install chromium` puts its builds, per platform.
const PLAYWRIGHT_EXECUTABLES = [
  'chrome-linux/chrome',
  'chrome-linux64/chrome',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
]

function playwrightCandidates(env, listDir) {
  const root =
    env.PLAYWRIGHT_BROWSERS_PATH ??
    join(homedir(), process.platform === 'darwin' ? 'Library/Caches' : '.cache', 'ms-playwright')
  const builds = listDir(root)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]))
  return builds.flatMap((build) => PLAYWRIGHT_EXECUTABLES.map((exe) => join(root, build, exe)))
}

function listOrEmpty(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * Finds a Chromium or Chrome for the browser tests: the path in CHROMIUM_PATH when set (and only
 * it, so a wrong value is reported rather than silently replaced), else Playwright's own browsers,
 * else the usual install paths on Linux and macOS. Returns `{path}` or `{problem}` saying how to get one.
 */
export function findBrowser(env = process.env, exists = existsSync, listDir = listOrEmpty) {
  const explicit = env[BROWSER_VARIABLE]?.trim()
  if (explicit) {
    if (exists(explicit)) return { path: explicit }
    return {
      problem: `${BROWSER_VARIABLE} is set to ${explicit}, but there is no browser there.\n${HOW_TO_GET_ONE}`,
    }
  }
  const found = [...playwrightCandidates(env, listDir), ...SYSTEM_PATHS].find((path) =>
    exists(path),
  )
  if (found) return { path: found }
  return { problem: `No Chromium or Chrome was found for the browser tests.\n${HOW_TO_GET_ONE}` }
}

const HOW_TO_GET_ONE = [
  'Install one, then run the tests again:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS: install Google Chrome, or: brew install --cask chromium',
  `  or point ${BROWSER_VARIABLE} at a Chromium/Chrome executable you already have.`,
].join('\n')
