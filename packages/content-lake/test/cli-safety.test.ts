import { afterAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { CLI, exited, runCli } from './helpers/cli'

const root = mkdtempSync(join(tmpdir(), 'content-lake-cli-safety-'))

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('export', () => {
  test('is atomic: killed midway, the target keeps its old content', async () => {
    const data = join(root, 'big')
    const seed = join(root, 'big.ndjson')
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ _id: `doc-${i}`, _type: 'note', text: 'x'.repeat(2000) }),
    )
    writeFileSync(seed, lines.join('\n'))
    expect(runCli(['import', seed, '--data', data]).status).toBe(0)
    const outDir = join(root, 'out')
    mkdirSync(outDir)
    const target = join(outDir, 'export.ndjson')
    writeFileSync(target, 'OLD\n')

    const child = spawn(process.execPath, [CLI, 'export', target, '--data', data], {
      stdio: 'ignore',
    })
    let sawTemporary = false
    for (let i = 0; i < 2000 && child.exitCode === null && !sawTemporary; i++) {
      sawTemporary = readdirSync(outDir).some((name) => name.endsWith('.tmp'))
      if (!sawTemporary) await new Promise((resolve) => setTimeout(resolve, 2))
    }
    child.kill('SIGKILL')
    await exited(child)
    expect(sawTemporary).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('OLD\n')

    // kill -9 leaves the killed run's temporary file; a completed run leaves none of its own.
    const temporaries = (): string[] => readdirSync(outDir).filter((name) => name.endsWith('.tmp'))
    const leftover = temporaries()
    expect(runCli(['export', target, '--data', data]).status).toBe(0)
    expect(readFileSync(target, 'utf8').trim().split('\n')).toHaveLength(20_000)
    expect(temporaries()).toEqual(leftover)
  })
})

describe('a database file that is not ours', () => {
  const noStackLines = (text: string): void => expect(text).not.toMatch(/^\s+at /m)

  test('a corrupt file fails the start with one message naming the file', () => {
    const data = join(root, 'corrupt')
    mkdirSync(data)
    const file = join(data, 'lake.sqlite')
    writeFileSync(file, 'this is not a database '.repeat(200))
    const result = runCli(['start', '--data', data, '--port', '0'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(file)
    noStackLines(result.stderr)
    expect(readFileSync(file, 'utf8')).toContain('this is not a database')
  })

  test("another program's SQLite database is refused, not modified", () => {
    const data = join(root, 'foreign')
    mkdirSync(data)
    const file = join(data, 'lake.sqlite')
    const foreign = new Database(file)
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)')
    foreign.close()
    const result = runCli(['export', '-', '--data', data])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(file)
    expect(result.stderr).toContain('another program')
    noStackLines(result.stderr)
    const check = new Database(file, { readonly: true })
    const tables = check
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all()
    check.close()
    expect(tables).toEqual(['invoices'])
    expect(existsSync(join(data, 'lake.pid'))).toBe(false)
  })
})
