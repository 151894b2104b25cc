// Sorts decoded modules in Mercury's name order without splitting names, since splitting both names in every comparison dominated sorting 100,000 modules.
/*
 * Mercury's order (`compareModuleNames`): fewer components first, then
 * component by component from the left in UTF-16 order. When no character
 * of either name other than `.` comes before `.` in UTF-16 (true of every
 * name the name policy accepts: letters, marks, digits and `_`), that is
 * the number of dots first, then the names as strings: `.` then sorts
 * below every character a component can continue with, so a component
 * that ends first compares lower, as it does component by component.
 * Other names take `compareModuleNames` itself. O(n log n) string
 * comparisons with each name's dots counted once, n when the names are in
 * order already;
 * test/read/sort-by-module-name.test.ts checks the two agree.
 */

import { compareModuleNames } from '../order/mercury-name-order.js';

const DOT = 46;

/** The number of dots in `name`, or -1 when a character other than `.` sorts before `.` (then only `compareModuleNames` orders it). */
export function dotsIfPlain(name: string): number {
  let dots = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > DOT) continue;
    if (c < DOT) return -1;
    dots++;
  }
  return dots;
}

/** `compareModuleNames(a, b)` given `dotsIfPlain` of each. */
function compareCounted(a: string, aDots: number, b: string, bDots: number): number {
  if (aDots < 0 || bDots < 0) return compareModuleNames(a, b);
  if (aDots !== bDots) return aDots - bDots;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `items` are already in Mercury's name order (n - 1 comparisons): later stages then skip sorting them again. */
export function isSortedByModuleName<T extends { module: string }>(items: readonly T[]): boolean {
  if (items.length === 0) return true;
  let previous = items[0]!.module;
  let previousDots = dotsIfPlain(previous);
  for (let i = 1; i < items.length; i++) {
    const name = items[i]!.module;
    const dots = dotsIfPlain(name);
    if (compareCounted(previous, previousDots, name, dots) > 0) return false;
    previous = name;
    previousDots = dots;
  }
  return true;
}

interface Keyed<T> {
  name: string;
  dots: number;
  item: T;
}

/**
 * A copy of `items` sorted by `item.module` in Mercury's name order (as
 * `compareModuleNames`), stable. When every name is plain: grouped by their
 * number of dots (a counting sort), each group then sorted by name only if
 * it is not in order already (a bulk reader's modules come in the order of
 * their sorted file names, mostly their names' order: n comparisons then,
 * not n log n).
 */
export function sortByModuleName<T extends { module: string }>(items: readonly T[]): T[] {
  const dots = new Int32Array(items.length);
  let most = 0;
  for (let i = 0; i < items.length; i++) {
    const d = dotsIfPlain(items[i]!.module);
    if (d < 0) return sortKeyed(items);
    dots[i] = d;
    if (d > most) most = d;
  }
  // Where each group starts, then each item put in its group in order.
  const starts = new Int32Array(most + 2);
  for (let i = 0; i < items.length; i++) starts[dots[i]! + 1]!++;
  for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
  const sorted = new Array<T>(items.length);
  const next = starts.slice(0, most + 1);
  for (let i = 0; i < items.length; i++) sorted[next[dots[i]!]!++] = items[i]!;
  for (let d = 0; d <= most; d++) sortRange(sorted, starts[d]!, starts[d + 1]!);
  return sorted;
}

/** Sorts `items[from, to)` by name as strings (stable), unless they are in that order already. */
function sortRange<T extends { module: string }>(items: T[], from: number, to: number): void {
  let inOrder = true;
  for (let i = from + 1; i < to && inOrder; i++) inOrder = !(items[i - 1]!.module > items[i]!.module);
  if (inOrder) return;
  const range = items.slice(from, to).sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
  for (let i = from; i < to; i++) items[i] = range[i - from]!;
}

/** The general way: every pair compared by `compareCounted`. */
function sortKeyed<T extends { module: string }>(items: readonly T[]): T[] {
  const keyed: Keyed<T>[] = items.map((item) => ({ name: item.module, dots: dotsIfPlain(item.module), item }));
  keyed.sort((a, b) => compareCounted(a.name, a.dots, b.name, b.dots));
  return keyed.map((k) => k.item);
}
