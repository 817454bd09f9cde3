import { spawn } from 'node:child_process'

/** Runs a command to completion with inherited output; rejects when it fails. */
export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`),
          ),
    )
  })
}

/**
 * Starts a long-running service whose output is prefixed with its name. Resolves once a line
 * matches `ready`; rejects if it exits first or `timeoutMs` passes.
 */
export function startService({ name, command, args, cwd, env, ready, timeoutMs = 120_000 }) {
  // Its own process group, so that stopping it also stops whatever it started (a CLI's dev server).
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${name}] ${line}\n`)
      .join('')
  let onLine = () => {}
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      process.stdout.write(prefix(chunk))
      onLine(chunk.toString())
    })
  }
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s`)),
      timeoutMs,
    )
    onLine = (text) => {
      if (ready.test(text)) {
        clearTimeout(timer)
        onLine = () => {}
        resolve()
      }
    }
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited before it was ready (${signal ?? `exit code ${code}`})`))
    })
  })
  return { name, child, started }
}

/** Sends SIGTERM to every still-running service and waits (SIGKILL after `graceMs`). */
export async function stopAll(services, graceMs = 8000) {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const kill = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
          child.once('exit', () => {
            clearTimeout(kill)
            // Anything the service left running in its group goes with it.
            signalGroup(child, 'SIGTERM')
            resolve()
          })
          signalGroup(child, 'SIGTERM')
        }),
    ),
  )
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

/**
 * Keeps a service running: when it exits on its own, the exit is logged and `start()` runs again
 * after a backoff that doubles from `firstDelayMs` up to `maxDelayMs`, and falls back to
 * `firstDelayMs` once a run lasted `stableMs` (a crash loop slows down, a rare crash restarts
 * fast). `halt()` ends the supervision (call it before stopping the service); `child` is always
 * the current run's process, so `stopAll` stops whichever run is up.
 */
export function supervise({
  name,
  start,
  firstDelayMs = 500,
  maxDelayMs = 30_000,
  stableMs = 60_000,
  log = (line) => console.error(line),
}) {
  let current
  let halted = false
  let restarts = 0
  let delay = firstDelayMs
  let timer
  const launch = () => {
    const service = start()
    const startedAt = Date.now()
    current = service
    service.started.then(
      () => log(`${name} running (pid ${service.child.pid})`),
      // A run that dies before it is ready is restarted like any other exit.
      () => {},
    )
    service.child.once('exit', (code, signal) => {
      if (halted) return
      if (Date.now() - startedAt >= stableMs) delay = firstDelayMs
      restarts += 1
      log(
        `${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); ` +
          `restarting in ${delay / 1000} s (restart ${restarts})`,
      )
      timer = setTimeout(launch, delay)
      delay = Math.min(delay * 2, maxDelayMs)
    })
    return service
  }
  const first = launch()
  return {
    name,
    started: first.started,
    get child() {
      return current.child
    },
    halt() {
      halted = true
      clearTimeout(timer)
    },
  }
}
