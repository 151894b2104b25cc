// The command line: dispatch to a command, and turn errors into documented exit codes.
import { readFileSync } from 'node:fs';
import { EXIT_CODES, ImportGraphError } from '../errors.js';
import { planCommand } from './command-plan.js';
import { scanCommand } from './command-scan.js';
import { sccCommand } from './command-scc.js';
import { HELP } from './help.js';
import { processIo, type CliIo } from './io.js';
import { parseCommonOptions, usage } from './options.js';
import { terminalSafe } from './terminal-text.js';

export type { CliIo } from './io.js';

const COMMANDS = { scc: sccCommand, plan: planCommand, scan: scanCommand };

// Returns the exit code rather than exiting, so tests and embedders can call it.
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, command)) throw usage(`unknown command \`${command}\`; try \`importgraph --help\``);
  const options = parseCommonOptions(rest);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  return COMMANDS[command as keyof typeof COMMANDS](options, io);
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof ImportGraphError) {
    if (error.problems.length > 0) {
      // The message is the problems, one `file:line:column: ...` a line, and how many more there were.
      io.stderr(`${terminalSafe(error.message)}\n`);
      io.stderr(`importgraph: ${error.problems.length === 1 ? 'an input error' : 'input errors'}; nothing was written\n`);
    } else {
      io.stderr(`importgraph: ${terminalSafe(error.message)}\n`);
    }
    return EXIT_CODES[error.code];
  }
  io.stderr(`importgraph: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT_CODES.E_INTERNAL;
}

function packageVersion(): string {
  const url = new URL('../../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
