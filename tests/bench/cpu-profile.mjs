// Preloaded (`NODE_OPTIONS=--import`) into the storefront the comments bench starts: Node 20
// refuses `--cpu-prof` in NODE_OPTIONS, so this profiles through the inspector instead and writes
// a `.cpuprofile` (open it in Chrome DevTools) to CPU_PROFILE_DIR when the process exits.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { join } from 'node:path'

const session = new Session()
session.connect()
session.post('Profiler.enable')
session.post('Profiler.start')
process.on('exit', () => {
  // Same-thread inspector sessions answer synchronously, so this runs to the end before exit.
  session.post('Profiler.stop', (error, result) => {
    if (error || !result) return
    const file = join(process.env.CPU_PROFILE_DIR ?? '.', `web-${process.pid}.cpuprofile`)
    writeFileSync(file, JSON.stringify(result.profile))
  })
})
