import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LakeApi } from '../../support/lake-api'
import { ROOT } from '../../support/paths'

/**
 * One of the repository's start scripts (`npm start`, `npm run start:scaled`) run as an operator
 * would, with `args` on its command line (`npm start -- ARGS`), in its own process group (which
 * gets the SIGINT a terminal sends on Ctrl-C), with its data in a fresh folder and everything it
 * prints collected.
 */
export class StartedStack {
  output = ''
  readonly dataDir = mkdtempSync(join(tmpdir(), 'start-data-'))
  private readonly child: ChildProcess

  constructor(
    private readonly script: string,
    env: Record<string, string>,
    args: string[] = [],
  ) {
    this.child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, LOCAL_DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    for (const stream of [this.child.stdout, this.child.stderr])
      stream?.on('data', (data) => (this.output += String(data)))
  }

  /** Resolves with the first match of `pattern` in the output printed after offset `from`. */
  waitForOutput(pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpExecArray> {
    const { child } = this
    return new Promise((resolve, reject) => {
      const done = (error: Error | null, match?: RegExpExecArray) => {
        clearTimeout(timer)
        child.stdout?.off('data', check)
        child.stderr?.off('data', check)
        child.off('exit', exited)
        if (match) resolve(match)
        else reject(error ?? new Error('no match'))
      }
      const check = () => {
        const match = pattern.exec(this.output.slice(from))
        if (match) done(null, match)
      }
      const exited = (code: number | null) =>
        done(new Error(`${this.script} exited (${code}) before ${pattern}:\n${this.tail()}`))
      const timer = setTimeout(
        () => done(new Error(`no ${pattern} within ${timeoutMs} ms:\n${this.tail()}`)),
        timeoutMs,
      )
      child.stdout?.on('data', check)
      child.stderr?.on('data', check)
      child.once('exit', exited)
      check()
    })
  }

  private tail(): string {
    return this.output.slice(-3000)
  }

  /** The pid a `<part> running (pid N)` line names, printed after offset `from`. */
  async runningPid(part: string, timeoutMs: number, from = 0): Promise<number> {
    const match = await this.waitForOutput(
      new RegExp(`${part} running \\(pid (\\d+)\\)`),
      timeoutMs,
      from,
    )
    return Number(match[1])
  }

  /** The lake's API with the editor token the start script generated. */
  lakeApi(lakePort: number): LakeApi {
    const secrets = JSON.parse(readFileSync(join(this.dataDir, 'local.json'), 'utf8')) as {
      editorToken: string
    }
    const ca = readFileSync(join(this.dataDir, 'lake/tls/cert.pem'), 'utf8')
    return new LakeApi(`https://127.0.0.1:${lakePort}`, ca, secrets.editorToken)
  }

  /** Resolves with the exit code once the script has ended by itself. */
  exited(): Promise<number | null> {
    const { child } = this
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
    return new Promise((resolve) => child.once('exit', resolve))
  }

  /** Ctrl-C: resolves with the exit code. */
  async interrupt(): Promise<number | null> {
    const { child } = this
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT')
    return exited
  }

  /** Stops it if still running and removes its data. */
  async close(): Promise<void> {
    await this.interrupt()
    rmSync(this.dataDir, { recursive: true, force: true })
  }
}

/** The lake's log line for a webhook delivery of `documentId` that the storefront answered 200. */
export const webhookDelivered = (documentId: string) =>
  new RegExp(`\\[lake\\] .*webhook "storefront-revalidate" \\w+ ${documentId}: attempt \\d+ -> 200`)
