/** The API version of custom-filter document lists (the Studio asks for one to be pinned). */
export const LIST_API_VERSION = '2025-02-19'
