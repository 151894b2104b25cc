// Sorts many strings that share long beginnings (100,000 paths of one directory) faster than `Array.prototype.sort`, in exactly its order.
/*
 * A three-way radix quicksort (Bentley and Sedgewick's multikey quicksort):
 * the strings are split by their character at one depth into less, equal
 * and greater, and only the equal part goes on to the next character, so a
 * shared beginning is read about once per string instead of once per
 * comparison. Iterative (an explicit stack of ranges), short ranges by
 * insertion. Its order is the default sort's: UTF-16 code units, a string
 * before every longer one it begins. A crafted input could make it
 * quadratic; past a budget of steps proportional to n log n it stops and
 * leaves the rest to the built-in sort, so it is never much slower.
 */

/** Ranges this short are sorted by insertion. */
const SHORT = 12;

/** Sorts `items` in place, as `items.sort()` does for strings. */
export function sortStrings(items: string[]): void {
  let budget = 64 * items.length * Math.max(1, Math.ceil(Math.log2(items.length + 1)));
  const stack: number[] = [0, items.length, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const to = stack.pop()!;
    const from = stack.pop()!;
    if (to - from < SHORT) {
      insertionSort(items, from, to);
      continue;
    }
    budget -= to - from;
    if (budget < 0) {
      items.sort();
      return;
    }
    const pivot = medianOfThree(codeAt(items[from]!, depth), codeAt(items[(from + to) >> 1]!, depth), codeAt(items[to - 1]!, depth));
    let lt = from;
    let gt = to - 1;
    for (let i = from; i <= gt; ) {
      const s = items[i]!;
      const c = codeAt(s, depth);
      if (c < pivot) {
        items[i++] = items[lt]!;
        items[lt++] = s;
      } else if (c > pivot) {
        items[i] = items[gt]!;
        items[gt--] = s;
      } else {
        i++;
      }
    }
    stack.push(from, lt, depth, gt + 1, to, depth);
    // The equal part goes on to the next character, unless its strings all ended here (then they are equal).
    if (pivot >= 0) stack.push(lt, gt + 1, depth + 1);
  }
}

/** The code unit at `depth`, or -1 past the end (a string sorts before every longer one it begins). */
function codeAt(s: string, depth: number): number {
  return depth < s.length ? s.charCodeAt(depth) : -1;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

function insertionSort(items: string[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const s = items[i]!;
    let j = i;
    for (; j > from && items[j - 1]! > s; j--) items[j] = items[j - 1]!;
    items[j] = s;
  }
}
