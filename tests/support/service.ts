import { spawn, type ChildProcess } from 'node:child_process'

/** A child process whose output is kept (tests read it, e.g. for log lines) and awaited on. */
export interface Service {
  name: string
  child: ChildProcess
  /** Every line it printed so far (stdout and stderr). */
  lines: string[]
  /** Resolves with the first line matching `pattern` printed at or after line `from` (default: any). */
  waitForLine(pattern: RegExp, options?: { timeoutMs?: number; from?: number }): Promise<string>
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>
}

export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Service {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  const waiters = new Set<(line: string) => void>()
  const echo = process.env.TEST_SERVICE_LOGS === '1'
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n')
      rest = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        if (echo) process.stderr.write(`[${name}] ${line}\n`)
        for (const waiter of waiters) waiter(line)
      }
    })
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Never leave a lake or a server running when the test process ends without stopping them.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  void exited.then(() => process.removeListener('exit', killOnExit))

  function waitForLine(pattern: RegExp, { timeoutMs = 60_000, from = 0 } = {}): Promise<string> {
    const seen = lines.slice(from).find((line) => pattern.test(line))
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const done = (error: Error | null, line = '') => {
        clearTimeout(timer)
        waiters.delete(waiter)
        if (error) reject(error)
        else resolve(line)
      }
      const waiter = (line: string) => pattern.test(line) && done(null, line)
      const timer = setTimeout(
        () =>
          done(
            new Error(
              `${name}: no line matching ${pattern} within ${timeoutMs} ms:\n${lines.slice(-20).join('\n')}`,
            ),
          ),
        timeoutMs,
      )
      waiters.add(waiter)
      void exited.then(() =>
        done(
          new Error(`${name} exited before printing ${pattern}:\n${lines.slice(-20).join('\n')}`),
        ),
      )
    })
  }

  async function stop(graceMs = 5000): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.kill('SIGTERM')
    await exited
    clearTimeout(kill)
  }

  return { name, child, lines, waitForLine, stop }
}
