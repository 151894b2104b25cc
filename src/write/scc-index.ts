// Writes the index the proposal asks for: which .dot file holds each module's SCC, one grep-able line per module.

/**
 * `module<TAB>imports_C.dot`, or `module<TAB>-` for a module alone in its SCC; lines in the given (name) order.
 * A backslash, tab, newline or carriage return in a name is written `\\`, `\t`, `\n`, `\r`, so each line stays one module.
 */
export function sccIndex(names: readonly string[], dotFileOf: readonly (string | undefined)[]): string {
  return names.map((name, v) => `${escapeField(name)}\t${dotFileOf[v] ?? '-'}\n`).join('');
}

const escapeField = (text: string): string => text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
