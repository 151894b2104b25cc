// The command line: parse arguments, call the library, print the summary, and turn errors into documented exit codes.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT_CODES, ImportGraphError } from '../errors.js';
import { runScc } from '../pipeline/run-scc.js';
import { formatSummary } from '../pipeline/summary.js';
import { HELP } from './help.js';

/** Where the CLI talks to; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

// Returns the exit code rather than exiting, so tests and embedders can call it.
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
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
  if (command !== 'scc') throw usage(`unknown command \`${command}\`; try \`importgraph --help\``);
  const { values, positionals } = parse(rest);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw usage('no inputs: give .import_info files, quoted globs or @FILE');
  const maxProblems = values['max-errors'] === undefined ? undefined : positiveInteger('--max-errors', values['max-errors']);
  const { summary } = await runScc({
    inputs: positionals,
    outDir: values['out-dir'] ?? 'build/importgraph',
    cwd: io.cwd,
    layout: { useSubdirs: values['use-subdirs'] ?? false },
    maxProblems,
  });
  if (!values.quiet) io.stderr(formatSummary(summary));
  return 0;
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        'out-dir': { type: 'string' },
        'use-subdirs': { type: 'boolean' },
        'max-errors': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    throw new ImportGraphError('E_USAGE', `${(cause as Error).message}; try \`importgraph --help\``, { cause });
  }
}

function positiveInteger(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw usage(`${option} takes a whole number of at least 1, not \`${text}\``);
  return n;
}

function usage(message: string): ImportGraphError {
  return new ImportGraphError('E_USAGE', message);
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof ImportGraphError) {
    if (error.problems.length > 0) {
      // The message is the problems, one `file:line:column: ...` a line, and how many more there were.
      io.stderr(`${error.message}\n`);
      io.stderr(`importgraph: ${error.problems.length === 1 ? 'an input error' : 'input errors'}; nothing was written\n`);
    } else {
      io.stderr(`importgraph: ${error.message}\n`);
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
