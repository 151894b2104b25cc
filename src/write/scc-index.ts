// Writes the index the proposal asks for: which .dot file holds each module's SCC, one grep-able line per module.

/** `module<TAB>imports_C.dot`, or `module<TAB>-` for a module alone in its SCC; lines in the given (name) order. */
export function sccIndex(names: readonly string[], dotFileOf: readonly (string | undefined)[]): string {
  return names.map((name, v) => `${name}\t${dotFileOf[v] ?? '-'}\n`).join('');
}
