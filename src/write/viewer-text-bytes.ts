// Whole numbers written as decimal digits straight into bytes: the viewer's data files and importgraph.json write millions of them without a string each.

/** True for the whole numbers `putInteger` writes: 0 .. 2^31 - 1. */
export function isSmallWhole(x: number): boolean {
  return x >= 0 && x <= 0x7fffffff && x === Math.floor(x);
}

/** The decimal digits of `x` (isSmallWhole) into `bytes` at `at`: where they end. */
export function putInteger(bytes: Uint8Array, at: number, x: number): number {
  const digits = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : x < 100000 ? 5 : x < 1000000 ? 6 : x < 10000000 ? 7 : x < 100000000 ? 8 : x < 1000000000 ? 9 : 10;
  const end = at + digits;
  let p = end;
  let rest = x | 0;
  do {
    const next = (rest / 10) | 0;
    bytes[--p] = 48 + rest - 10 * next;
    rest = next;
  } while (rest !== 0);
  return end;
}
