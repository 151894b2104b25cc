// One error type for everything importgraph refuses, so callers switch on `code` and the CLI maps codes to exit codes.

/** Where in an input file a problem is, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** One problem with one input file: `file:line:column: message`. */
export interface InputProblem extends SourcePosition {
  file: string;
  /** Says what was expected and what was found, e.g. "expected `)`, found `.`". */
  message: string;
}

export type ErrorCode =
  | 'E_USAGE' // bad command line
  | 'E_INPUT' // one or more input files are malformed (see `problems`)
  | 'E_NO_INPUT' // a glob matched nothing, a file cannot be read, no inputs at all
  | 'E_OUTPUT' // an output file could not be written
  | 'E_RENDER' // a renderer is missing or failed
  | 'E_INTERNAL';

/** Process exit code for each error code; documented in the README. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  E_USAGE: 2,
  E_INPUT: 3,
  E_NO_INPUT: 4,
  E_OUTPUT: 5,
  E_RENDER: 6,
  E_INTERNAL: 70,
};

// The only error class importgraph throws on purpose; `cause` keeps the original error.
export class ImportGraphError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly InputProblem[];

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; problems?: readonly InputProblem[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImportGraphError';
    this.code = code;
    this.problems = options.problems ?? [];
  }
}

/** Formats a problem the way compilers do, so editors can jump to it. */
export function formatProblem(p: InputProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
