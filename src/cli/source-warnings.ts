// Says which terms of the `.m` inputs could not be read and why, so a skipped clause (and any import in it) is never silent.
import { formatProblem, type InputProblem } from '../errors.js';
import type { CliIo } from './io.js';
import { terminalSafe } from './terminal-text.js';

/** Terms listed without --verbose. */
export const WARNINGS_SHOWN = 5;

/** `file:line:column: warning: ...; skipped` for the first few (all with `verbose`), then how many more. */
export function reportSourceWarnings(warnings: readonly InputProblem[], verbose: boolean, io: CliIo): void {
  const shown = verbose ? warnings.length : Math.min(warnings.length, WARNINGS_SHOWN);
  for (let i = 0; i < shown; i++) io.stderr(`${terminalSafe(formatProblem({ ...warnings[i]!, message: `warning: ${warnings[i]!.message}; this term was skipped` }))}\n`);
  if (shown < warnings.length) io.stderr(`importgraph: ... and ${warnings.length - shown} more skipped terms (--verbose lists them all)\n`);
}
