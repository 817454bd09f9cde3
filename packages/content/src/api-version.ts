/**
 * The Sanity HTTP API version every client of this project speaks. Since v2025-02-19 queries
 * default to the published perspective, which the storefront relies on; the Studio's own lists
 * and the lake's tests use the same date so that all of them read the same way.
 */
export const API_VERSION = '2025-02-19'
