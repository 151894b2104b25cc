// Which ready module make should start first: the one with the most work that must follow it, one build after another.
//
// In a bottom-up build a module can start once its sources are done; what still
// has to run after it, in sequence, is its longest chain of dependents up to the
// top, its own cost included (the "bottom level" of list scheduling, in the build
// order's M -> S edges: the longest path from a top module down to it).
// Cost: O(n + m) over a topological order.
import type { CompactGraph } from '../graph/compact-graph.js';

/** Per module: its cost plus the costliest chain of modules that wait on it. `topDown`: a topological order, targets first. */
export function remainingWork(order: CompactGraph, weight: Float64Array | undefined, topDown: ArrayLike<number>): Float64Array {
  const n = order.nodeCount;
  const chainAbove = new Float64Array(n);
  const remaining = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = topDown[i];
    remaining[v] = chainAbove[v] + (weight === undefined ? 1 : weight[v]);
    for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) {
      const s = order.targets[e];
      if (chainAbove[s] < remaining[v]) chainAbove[s] = remaining[v];
    }
  }
  return remaining;
}

/** Module ids, most remaining work first, ties by id: the order of `trans_opts` prerequisites. */
export function priorityOrder(remaining: Float64Array): Int32Array {
  const byCount = countingPriority(remaining);
  if (byCount !== undefined) return byCount;
  const ids = new Int32Array(remaining.length);
  for (let i = 0; i < ids.length; i++) ids[i] = i;
  return ids.sort((a, b) => remaining[b] - remaining[a] || a - b);
}

// Without weights every remaining work is a whole number from 1 to n: then a counting sort (ids ascending within
// each value) gives the same order in O(n); undefined when some value is not such a number.
function countingPriority(remaining: Float64Array): Int32Array | undefined {
  const n = remaining.length;
  const start = new Int32Array(n + 2);
  for (let v = 0; v < n; v++) {
    const r = remaining[v];
    if (!Number.isInteger(r) || r < 1 || r > n) return undefined;
    start[n - r + 1]++; // most work first
  }
  for (let i = 0; i <= n; i++) start[i + 1] += start[i];
  const ids = new Int32Array(n);
  for (let v = 0; v < n; v++) ids[start[n - remaining[v]]++] = v;
  return ids;
}
