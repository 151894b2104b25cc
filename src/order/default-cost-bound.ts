// The floor of the cost bound auto uses when none is given: where a shorter critical path stops making a parallel build faster.
//
// Rule: total cost / 8, but at least 2 × the heaviest module. A build with
// make -j8 (plan's default job count) takes at least total/8 whatever the
// order, so a critical path below that buys little time while giving up
// imports; above it, the critical path is what the build waits for. The floor
// keeps graphs dominated by one or two big modules from losing every import
// (a heavy module may still read another). On the standard library with its
// source bytes (examples/mercury-library/weights.tsv):
// max(6,116,616 / 8, 2 × 249,939) = 764,577 bytes. O(n); independent of the
// search. cost-bound-ladder.ts starts here and raises the bound a few percent
// when that buys back the imports the depth bound alone would keep.

export const DEFAULT_JOBS = 8;
export const DEFAULT_HEAVIEST_FACTOR = 2;

export function defaultCostBound(weight: Float64Array): number {
  let total = 0;
  let heaviest = 0;
  for (let v = 0; v < weight.length; v++) {
    total += weight[v];
    heaviest = Math.max(heaviest, weight[v]);
  }
  return Math.max(total / DEFAULT_JOBS, DEFAULT_HEAVIEST_FACTOR * heaviest);
}
