/* global module */
// CSS Modules in tests: every class name is its own key, e.g. styles.banner === 'banner'.
module.exports = new Proxy(
  {},
  { get: (_target, key) => (key === '__esModule' ? false : String(key)) },
)
