import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { testTlsDir } from './lake'

/** The built CLI (`npm test` builds it first). */
export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js')

/** Runs a CLI command to completion. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Gives a data folder the trusted test certificate, so clients in the test process trust a CLI-started lake. */
export function useTestCert(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true })
  cpSync(testTlsDir(), join(dataDir, 'tls'), { recursive: true })
}

/** A `content-lake start` child process, resolved once it prints its URL. */
export async function startCliLake(
  args: string[],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lake did not start: ${output}`)), 20_000)
    const check = (): void => {
      const match = /listening on (https:\/\/[^\s,]+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', check)
    child.once('exit', (code) => reject(new Error(`lake exited with ${code}: ${output}`)))
  })
  return { child, url, output: () => output }
}

/** Resolves with the exit code (or signal) of a child. */
export function exited(child: ChildProcess): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.exitCode ?? child.signalCode)
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
}
