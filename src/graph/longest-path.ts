// The critical path of a DAG: the chain of builds that bounds how fast `make -j` can finish.
//
// Algorithm: dynamic programming in reverse topological order (Kahn order from
// topologicalOrder): cost(v) = weight(v) + max over successors cost(s).
// Cost: O((n + m) log n) for the order, then O(n + m); O(n) memory.
// Choice: unit weights when none are given; ties go to the smallest id (the start
// is the smallest id of maximal cost, each step the smallest successor of maximal
// cost), so the path is the lexicographically smallest among the longest.

import type { CompactGraph } from './compact-graph.js';
import { topologicalOrder } from './topological-order.js';

export interface LongestPath {
  /** Number of nodes on the path. */
  readonly modules: number;
  /** Total weight of the nodes on the path (= modules for unit weights). */
  readonly cost: number;
  /** The nodes of the path, from a source towards a sink. */
  readonly path: Int32Array;
}

/** The heaviest chain of `dag` by node weight (non-negative; 1 each when omitted); pass `order` (topologicalOrder(dag)) when you have it. */
export function longestPath(dag: CompactGraph, weight?: Float64Array, order: Int32Array = topologicalOrder(dag)): LongestPath {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const cost = new Float64Array(n);
  const next = new Int32Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i];
    let best = -1;
    let bestCost = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const s = targets[e];
      if (best === -1 || cost[s] > bestCost) {
        best = s;
        bestCost = cost[s];
      }
    }
    next[v] = best;
    cost[v] = (weight === undefined ? 1 : weight[v]) + bestCost;
  }
  let start = -1;
  for (let v = 0; v < n; v++) if (start === -1 || cost[v] > cost[start]) start = v;
  if (start === -1) return { modules: 0, cost: 0, path: new Int32Array(0) };
  let length = 0;
  for (let v = start; v !== -1; v = next[v]) length++;
  const path = new Int32Array(length);
  for (let v = start, i = 0; v !== -1; v = next[v]) path[i++] = v;
  return { modules: length, cost: cost[start], path };
}
