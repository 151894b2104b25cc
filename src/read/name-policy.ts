// Which module names importgraph accepts, checked where names are read, so no name can run a command through make or the shell or make a file name too long.
//
// A module name is components of Unicode letters, marks, decimal digits and
// `_`, joined by `.` (Mercury's identifiers; mmc makes `a.b.m` and
// `a.b.trans_opt` of them), at most MAX_MODULE_NAME_BYTES bytes in UTF-8 so
// that the longest file name made from one, `M.module_order_for_trans_opt`,
// fits in 255 bytes. None of these characters means anything to make, the
// shell, or a file path.
import { ImportGraphError, type InputProblem } from '../errors.js';
import type { Term } from './term.js';

/** The longest suffix importgraph or mmc puts after a module name: `--main M` writes `M.module_order_for_trans_opt`. */
const LONGEST_SUFFIX = '.module_order_for_trans_opt';
export const MAX_MODULE_NAME_BYTES = 255 - LONGEST_SUFFIX.length;

const ACCEPTED = /^[\p{L}\p{M}\p{Nd}_]+(?:\.[\p{L}\p{M}\p{Nd}_]+)*$/u;
const COMPONENT_CHAR = /^[\p{L}\p{M}\p{Nd}_]$/u;
const WHY = "(module names are identifiers joined by '.')";

/** True when importgraph can write the name into make rules and file names as it is. */
export function isAcceptedModuleName(name: string): boolean {
  return ACCEPTED.test(name) && (name.length * 3 <= MAX_MODULE_NAME_BYTES || Buffer.byteLength(name, 'utf8') <= MAX_MODULE_NAME_BYTES);
}

/** Why the name is refused (`character ' ' (U+0020) is not a letter, digit or _`), or undefined when it is accepted. */
export function moduleNameFault(name: string): string | undefined {
  if (isAcceptedModuleName(name)) return undefined;
  if (name === '') return `it is empty ${WHY}`;
  for (const ch of name) {
    if (ch !== '.' && !COMPONENT_CHAR.test(ch)) return `character ${showText(ch)} (${codePoint(ch)}) is not a letter, digit or _ ${WHY}`;
  }
  if (name.startsWith('.') || name.endsWith('.') || name.includes('..')) return `it has an empty component (a '.' at the start, at the end or after another '.') ${WHY}`;
  const bytes = Buffer.byteLength(name, 'utf8');
  return `it is ${bytes} bytes long in UTF-8, more than ${MAX_MODULE_NAME_BYTES} (file names made from it, such as M${LONGEST_SUFFIX}, must fit in 255 bytes)`;
}

/** The whole message for a refused name, or undefined when it is accepted. */
export function moduleNameRefusal(name: string): string | undefined {
  const fault = moduleNameFault(name);
  return fault === undefined ? undefined : `module name ${showText(name)} cannot be used: ${fault}`;
}

/**
 * The problem with a name read from `term` (a module name term), located at
 * the atom that holds the offending character, or undefined when accepted.
 */
export function moduleNameProblem(term: Term, name: string, file: string): InputProblem | undefined {
  const message = moduleNameRefusal(name);
  if (message === undefined) return undefined;
  // Point at the first atom with a character that is refused or an empty component; a name too long as a whole is pointed at as a whole.
  const at = atoms(term).find((a) => a.kind === 'atom' && !ACCEPTED.test(a.name)) ?? term;
  return { file, line: at.line, column: at.column, message };
}

/** `--main NAME` names files in the output directory: it must be a module name, never a path. */
export function checkMainName(name: string): void {
  const fault = moduleNameFault(name);
  if (fault !== undefined) throw new ImportGraphError('E_USAGE', `--main takes a module name, not ${showText(name)}: ${fault}`);
}

/** The atoms of a `.`-qualified name, left to right (iterative: names may be long). */
function atoms(term: Term): Term[] {
  const out: Term[] = [];
  const stack: Term[] = [term];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.kind === 'compound' && t.functor === '.' && t.args.length === 2) stack.push(t.args[1]!, t.args[0]!);
    else out.push(t);
  }
  return out;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const MAX_SHOWN = 80;

/** Text in single quotes for a message, with quotes, backslashes, controls and invisible characters as Mercury escapes; long text cut. */
export function showText(text: string): string {
  const chars = [...text];
  const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 3).map(escapeChar).join('')}...` : chars.map(escapeChar).join('');
  return `'${shown}'`;
}

const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', "'": "\\'", '\\': '\\\\' };
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function escapeChar(ch: string): string {
  if (NAMED[ch] !== undefined) return NAMED[ch];
  if (VISIBLE.test(ch) && !/\p{Cf}/u.test(ch)) return ch;
  const cp = ch.codePointAt(0)!;
  return cp <= 0xffff ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}` : `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
}
