import config from '../../../studio/sanity.config'

// The project's Studio with Content Releases switched on, for the releases browser tests.
export default { ...config, releases: { enabled: true } }
