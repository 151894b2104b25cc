// Writes the index the proposal asks for: which .dot file holds each module's SCC, one grep-able line per module.
import { joinedText } from './output-content.js';

/**
 * `module<TAB>imports_C.dot`, or `module<TAB>-` for a module alone in its SCC; lines in the given (name) order.
 * A backslash, tab, newline or carriage return in a name is written `\\`, `\t`, `\n`, `\r`, so each line stays one module.
 */
export function sccIndex(names: readonly string[], dotFileOf: readonly (string | undefined)[]): string {
  return joinedText(sccIndexLines(names, dotFileOf));
}

/** sccIndex's text a line at a time. */
export function* sccIndexLines(names: readonly string[], dotFileOf: readonly (string | undefined)[]): Generator<string> {
  for (let v = 0; v < names.length; v++) yield `${escapeField(names[v])}\t${dotFileOf[v] ?? '-'}\n`;
}

const escapeField = (text: string): string => (!FIELD_SPECIAL.test(text) ? text : text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!));
const FIELD_SPECIAL = /[\\\t\n\r]/;
