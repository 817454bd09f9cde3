#!/usr/bin/env node
import { parseArgs, USAGE } from './cli/args'
import { exportCommand, importCommand, startCommand } from './cli/commands'
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
      return exportCommand(args)
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
