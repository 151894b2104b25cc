// Reachability in a DAG for 32 sources at a time, in O(n) memory: what --main's full closures and spec encoding need without n·n/8 bytes.
//
// Algorithm: sources sorted by topological position and taken 32 at a time; one
// sweep down the topological order from the batch's first source ORs each
// reached node's bits into its successors. Nodes with no bit are skipped after a
// single test, and the nodes touched are remembered and cleared afterwards, so
// the bit array is exact for every node during a visit and all zero between.
// Cost per batch: O(n) tests plus the edges out of the nodes reached; memory:
// one Int32Array of n and the touched list.
import type { CompactGraph } from './compact-graph.js';
import { topologicalOrder } from './topological-order.js';

/** A DAG with its topological order (sources first) and each node's place in it. */
export interface SweepOrder {
  dag: CompactGraph;
  topDown: Int32Array;
  position: Int32Array;
}

export function sweepOrder(dag: CompactGraph, topDown: Int32Array = topologicalOrder(dag)): SweepOrder {
  const position = new Int32Array(dag.nodeCount);
  for (let i = 0; i < topDown.length; i++) position[topDown[i]] = i;
  return { dag, topDown, position };
}

/**
 * Calls `visit(batch, reach)` for the given sources, at most 32 per batch, each
 * batch's sources in the order given: bit i of `reach[v]` is set when v is
 * reachable from `batch[i]` by one edge or more (a source's own bit only if a
 * cycle led back, which a DAG has none of). `reach` is valid only during the call;
 * `reached.subarray(0, count)` lists the nodes with any bit, each once, in no particular order.
 */
export function forEachReachBatch(
  order: SweepOrder,
  sources: ArrayLike<number>,
  visit: (batch: Int32Array, reach: Int32Array, reached: Int32Array, count: number) => void,
): void {
  const { dag, topDown, position } = order;
  const reach = new Int32Array(dag.nodeCount);
  const own = new Int32Array(dag.nodeCount);
  const touched = new Int32Array(dag.nodeCount);
  for (let start = 0; start < sources.length; start += 32) {
    const batch = Int32Array.from({ length: Math.min(32, sources.length - start) }, (_, i) => sources[start + i]);
    let from = topDown.length;
    batch.forEach((s, bit) => {
      own[s] |= 1 << bit;
      from = Math.min(from, position[s]);
    });
    const count = sweep(dag, topDown, from, own, reach, touched);
    visit(batch, reach, touched, count);
    for (let i = 0; i < count; i++) reach[touched[i]] = 0;
    for (const s of batch) own[s] = 0;
  }
}

// Each node passes its bits (those it was reached with, and its own as a source) to its successors, down the order from `from`; returns how many nodes were touched.
function sweep(dag: CompactGraph, topDown: Int32Array, from: number, own: Int32Array, reach: Int32Array, touched: Int32Array): number {
  const { offsets, targets } = dag;
  let count = 0;
  for (let i = from; i < topDown.length; i++) {
    const v = topDown[i];
    const bits = reach[v] | own[v];
    if (bits === 0) continue;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (reach[w] === 0) touched[count++] = w;
      reach[w] |= bits;
    }
  }
  return count;
}
