#!/usr/bin/env node
import { parseArgs, USAGE } from './cli/args'
import { exportCommand, startCommand } from './cli/commands'
import { exportTarballCommand, importCommand, wantsTarball } from './cli/transfer'
import { errorMessage } from './errorMessage'

/** Runs the `content-lake` command line. */
async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  switch (args.command) {
    case 'start':
      return startCommand(args)
    case 'import':
      return importCommand(args)
    case 'export':
      // A .tar.gz carries the assets too, as `sanity dataset export` writes it.
      return wantsTarball(args.positionals[0] ?? '')
        ? exportTarballCommand(args)
        : exportCommand(args)
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE)
      return
    default:
      throw new Error(`Unknown command "${args.command}"\n\n${USAGE}`)
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`content-lake: ${errorMessage(error)}`)
  process.exit(1)
})
