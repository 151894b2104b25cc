// Where the CLI reads and talks: the process by default, something else in tests and embedders.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether a person is watching stderr (progress is shown only then). */
  isTerminal?: boolean;
  /** The terminal type (`TERM`): a `dumb` one cannot rewrite a line, so it gets no progress line. */
  term?: string;
}

// `importgraph plan | head` closes our stdout early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTerminal: process.stderr.isTTY === true,
  term: process.env.TERM,
};
