// Sorts decoded modules in Mercury's name order with each name split once, since splitting both names in every comparison dominated sorting 100,000 modules.
/*
 * Decorate, sort, undecorate: O(n log n) comparisons of pre-split names
 * instead of `compareModuleNames` splitting two strings per comparison.
 * The comparison is `compareModuleNames`'s (fewer components first, then
 * component by component from the left in UTF-16 order);
 * test/read/sort-by-module-name.test.ts checks the two agree.
 */

import { compareModuleNames } from '../order/mercury-name-order.js';

interface Keyed<T> {
  parts: string[];
  item: T;
}

/** True when `items` are already in Mercury's name order (n - 1 comparisons): later stages then skip sorting them again. */
export function isSortedByModuleName<T extends { module: string }>(items: readonly T[]): boolean {
  for (let i = 1; i < items.length; i++) if (compareModuleNames(items[i - 1]!.module, items[i]!.module) > 0) return false;
  return true;
}

/** A copy of `items` sorted by `item.module` in Mercury's name order (as `compareModuleNames`). */
export function sortByModuleName<T extends { module: string }>(items: readonly T[]): T[] {
  const keyed: Keyed<T>[] = items.map((item) => ({ parts: item.module.split('.'), item }));
  keyed.sort((a, b) => compareParts(a.parts, b.parts));
  return keyed.map((k) => k.item);
}

function compareParts(as: string[], bs: string[]): number {
  if (as.length !== bs.length) return as.length - bs.length;
  for (let i = 0; i < as.length; i++) {
    const a = as[i]!;
    const b = bs[i]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}
