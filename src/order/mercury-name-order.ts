// Mercury's module name order, which mmc uses inside an SCC: matching it makes our default mean what mmc's default means.

/**
 * Compares module names as Mercury's standard order compares `sym_name`
 * terms (`unqualified(N)` before `qualified(Q, N)`, then Q, then N): every
 * unqualified name before every qualified one, and in general fewer
 * components first (`io.file` < `a.b.c`); names of equal depth compare
 * component by component from the left.
 * `array` < `version_array` < `io.file` < `string.to_string`.
 */
export function compareModuleNames(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.split('.');
  const bs = b.split('.');
  if (as.length !== bs.length) return as.length - bs.length;
  for (let i = 0; i < as.length; i++) {
    if (as[i] !== bs[i]) return as[i] < bs[i] ? -1 : 1;
  }
  return 0;
}

/** A sorted copy in Mercury's name order. */
export function sortModuleNames(names: Iterable<string>): string[] {
  return [...names].sort(compareModuleNames);
}
