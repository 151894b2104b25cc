// For the overview and the viewer: which kept nodes of a DAG each kept node reaches through nodes that are not kept.
//
// Algorithm: one pass in reverse topological order (sinks first). For node v,
// hit(v) = ∪ over successors s of ({s} if s is kept, else hit(s)), deduplicated
// with a stamp array. A kept node's hit set becomes its row of the result.
// Cost: O((n + m) log n) for the order plus O(Σ over edges of |hit(target)|),
// memory O(Σ |hit(v)|) — at most n × k for k kept nodes, small when k is.
// Choice: paths stop at the first kept node, so the result has the same
// reachability among kept nodes as the DAG, without edges through other kept
// nodes; callers transitively reduce it when they want a picture.

import { compactGraphFromEdges, type CompactGraph } from './compact-graph.js';
import { topologicalOrder } from './topological-order.js';

const EMPTY = new Int32Array(0);

/** A graph on the same node ids with an edge u→w (both kept) when a path u→…→w has no kept node inside. */
export function reachThrough(dag: CompactGraph, kept: Uint8Array): CompactGraph {
  const n = dag.nodeCount;
  const order = topologicalOrder(dag);
  const hit: Int32Array[] = new Array(n).fill(EMPTY);
  const stamp = new Int32Array(n).fill(-1);
  const buffer: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let p = n - 1; p >= 0; p--) {
    const v = order[p];
    buffer.length = 0;
    for (let e = dag.offsets[v]; e < dag.offsets[v + 1]; e++) {
      const s = dag.targets[e];
      if (kept[s]) {
        if (stamp[s] !== v) ((stamp[s] = v), buffer.push(s));
      } else {
        const through = hit[s];
        for (let i = 0; i < through.length; i++) {
          const w = through[i];
          if (stamp[w] !== v) ((stamp[w] = v), buffer.push(w));
        }
      }
    }
    if (kept[v]) {
      for (const w of buffer) (from.push(v), to.push(w));
    } else if (buffer.length > 0) {
      hit[v] = Int32Array.from(buffer);
    }
  }
  return compactGraphFromEdges(n, from, to);
}
