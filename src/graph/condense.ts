// The condensation: one node per SCC, so everything downstream works on a DAG.
//
// Algorithm: map every edge through componentOf and build a CSR graph by
// counting sort (compactGraphFromEdges), which sorts rows and drops duplicate
// edges and self loops (edges inside a component).
// Cost: O(n + m) time plus per-row sorts, O(m) memory.
// Choice: the condensation keeps the component ids of stronglyConnectedComponents,
// so its edges all go from a higher id to a lower one.

import { compactGraphFromEdges, edgeCount, type CompactGraph } from './compact-graph.js';
import type { StronglyConnectedComponents } from './strongly-connected.js';

/** The DAG of components: an edge C→D when some member of C has an edge to some member of D ≠ C. */
export function condense(g: CompactGraph, scc: StronglyConnectedComponents): CompactGraph {
  const { componentOf } = scc;
  const m = edgeCount(g);
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  let k = 0;
  for (let v = 0; v < g.nodeCount; v++) {
    const cv = componentOf[v];
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const cw = componentOf[g.targets[e]];
      if (cw === cv) continue;
      from[k] = cv;
      to[k] = cw;
      k++;
    }
  }
  return compactGraphFromEdges(scc.count, from.subarray(0, k), to.subarray(0, k));
}

/** Members of each component: `members[offsets[c] .. offsets[c+1])`, ascending node id. */
export interface ComponentMembers {
  readonly offsets: Int32Array;
  readonly members: Int32Array;
}

// Counting sort of nodes by component, O(n); scanning nodes in ascending id keeps each component's members sorted.
export function componentMembers(scc: StronglyConnectedComponents): ComponentMembers {
  const { componentOf, count } = scc;
  const n = componentOf.length;
  const offsets = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) offsets[componentOf[v] + 1]++;
  for (let c = 0; c < count; c++) offsets[c + 1] += offsets[c];
  const fill = offsets.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[fill[componentOf[v]]++] = v;
  return { offsets, members };
}
