// One SCC as a graph of its own (local ids 0..k-1), so per-SCC searches cost what the SCC costs, not the whole build.
import type { CompactGraph } from './compact-graph.js';

export interface InducedSubgraph {
  /** Edges among the members only, on local ids (member i of `members` is local id i). */
  readonly graph: CompactGraph;
  /** For each local edge (parallel to graph.targets): the edge's index in the whole graph's `targets`. */
  readonly globalEdge: Int32Array;
}

/** The subgraph induced by `members` (ascending node ids); O(members + their edges) after an O(n) id map. */
export function inducedSubgraph(g: CompactGraph, members: Int32Array, localOf: Int32Array): InducedSubgraph {
  for (let i = 0; i < members.length; i++) localOf[members[i]] = i;
  // Indexed loops, not iterators or callbacks: this runs once or twice per SCC, thousands of times, mostly before it is optimized.
  let m = 0;
  for (let i = 0; i < members.length; i++) {
    for (let e = g.offsets[members[i]]; e < g.offsets[members[i] + 1]; e++) if (localOf[g.targets[e]] >= 0) m++;
  }
  const offsets = new Int32Array(members.length + 1);
  const targets = new Int32Array(m);
  const globalEdge = new Int32Array(m);
  let k = 0;
  for (let i = 0; i < members.length; i++) {
    const v = members[i];
    offsets[i] = k;
    // Rows of g are sorted by node id and local ids follow node ids, so local rows come out sorted.
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const w = localOf[g.targets[e]];
      if (w < 0) continue;
      targets[k] = w;
      globalEdge[k++] = e;
    }
  }
  offsets[members.length] = k;
  for (let i = 0; i < members.length; i++) localOf[members[i]] = -1;
  return { graph: { nodeCount: members.length, offsets, targets }, globalEdge };
}

/** The graph without the edges marked in `removed` (parallel to g.targets) nor edge `skip`, O(n + m): rows copied in order, so they stay sorted. */
export function withoutEdges(g: CompactGraph, removed: Uint8Array, skip = -1): CompactGraph {
  const offsets = new Int32Array(g.nodeCount + 1);
  const targets = new Int32Array(g.targets.length);
  let k = 0;
  for (let v = 0; v < g.nodeCount; v++) {
    offsets[v] = k;
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) if (e !== skip && removed[e] === 0) targets[k++] = g.targets[e];
  }
  offsets[g.nodeCount] = k;
  return { nodeCount: g.nodeCount, offsets, targets: targets.slice(0, k) };
}
