/** A parsed command line: the command, its positional arguments and `--name value` options. */
export interface ParsedArgs {
  command: string | undefined
  positionals: string[]
  options: Map<string, string>
}

const FLAGS_WITHOUT_VALUE = new Set(['help'])

/** Parses `command [positionals] [--name value | --name=value]`. */
export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv
  const positionals: string[] = []
  const options = new Map<string, string>()
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (!arg.startsWith('--')) {
      positionals.push(arg)
      continue
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2)
    if (inline !== undefined) options.set(name, inline)
    else if (FLAGS_WITHOUT_VALUE.has(name)) options.set(name, 'true')
    else {
      const value = rest[i + 1]
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`)
      options.set(name, value)
      i++
    }
  }
  return { command, positionals, options }
}

/** A required option, or an error naming it. */
export function required(args: ParsedArgs, name: string): string {
  const value = args.options.get(name)
  if (value === undefined) throw new Error(`--${name} is required`)
  return value
}

/** An optional port option. */
export function portOption(args: ParsedArgs, name: string, fallback: number): number {
  const value = args.options.get(name)
  if (value === undefined) return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--${name} must be a port number, got "${value}"`)
  return port
}

/** Throws on options a command does not know (usually typos). */
export function onlyOptions(args: ParsedArgs, allowed: string[]): void {
  for (const name of args.options.keys()) {
    if (!allowed.includes(name))
      throw new Error(
        `Unknown option --${name} for "${args.command ?? ''}" (known: ${allowed.map((a) => `--${a}`).join(', ')})`,
      )
  }
}

/** The usage text. */
export const USAGE = `content-lake: a local Sanity Content Lake (HTTP/2 + TLS, SQLite, groq-js)

Usage:
  content-lake start --data DIR [--port 3334] [--host 127.0.0.1] [--seed FILE.ndjson] [--config FILE.json]
                     [--studio-dir DIR --studio-port 3333] [--query-timeout MS]
  content-lake import FILE.ndjson|FILE.tar.gz --data DIR [--dataset NAME] [--config FILE.json]
  content-lake export FILE.ndjson|FILE.tar.gz --data DIR [--dataset NAME] [--config FILE.json]
                     (FILE "-" writes NDJSON to stdout; .tar.gz includes the assets, as \`sanity dataset export\`)
`
