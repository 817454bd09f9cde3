/** The variable that names the browser explicitly. */
export declare const BROWSER_VARIABLE: 'CHROMIUM_PATH'

/** A browser found for the browser tests, or why none was and how to get one. */
export type BrowserSearch =
  { path: string; problem?: undefined } | { path?: undefined; problem: string }

/** Finds a Chromium or Chrome for the browser tests (see browser.mjs). */
export declare function findBrowser(
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
  listDir?: (dir: string) => string[],
): BrowserSearch
