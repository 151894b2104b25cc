// A small set of edges whose removal leaves no cycle (a feedback arc set), weighted, so a developer sees which imports to move.
//
// Algorithm: Eades, Lin and Smyth (1993), weighted: repeatedly move sinks to the
// end and sources to the front of a sequence; when neither is left, move to the
// front the node whose outgoing weight exceeds its incoming weight the most.
// Edges that point backwards in the sequence form the arc set.
// Cost: O(n² + m) with a linear scan for each forced choice (SCCs are at most a
// few thousand modules); iterative. Ties go to the smaller id: deterministic.
// Choice: the heuristic is the standard fast one (within n/6 + m/2 in theory,
// near the optimum on sparse graphs); exact minimum arc sets are NP-hard.

import { incomingEdges, type CompactGraph } from './compact-graph.js';

/** The edges (indices into g.targets) that point backwards in the weighted Eades–Lin–Smyth sequence; ascending. */
export function feedbackArcs(g: CompactGraph, weight: Float64Array): Int32Array {
  const position = eadesSequence(g, weight);
  const arcs: number[] = [];
  for (let v = 0; v < g.nodeCount; v++) {
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) if (position[g.targets[e]] <= position[v]) arcs.push(e);
  }
  return Int32Array.from(arcs);
}

/** Each node's position in the sequence: every edge not in the arc set goes from a lower position to a higher one. */
export function eadesSequence(g: CompactGraph, weight: Float64Array): Int32Array {
  const n = g.nodeCount;
  // Each node's incoming edges, by index: their weights are read where they are, no reversed graph and weights copied.
  const { inOffsets, inEdge } = incomingEdges(g);
  const sourceOf = new Int32Array(g.targets.length);
  for (let v = 0; v < n; v++) sourceOf.fill(v, g.offsets[v], g.offsets[v + 1]);
  const live = new Uint8Array(n).fill(1);
  const outDegree = new Int32Array(n);
  const inDegree = new Int32Array(n);
  const delta = new Float64Array(n); // outgoing minus incoming weight among live nodes
  for (let v = 0; v < n; v++) {
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      outDegree[v]++;
      inDegree[g.targets[e]]++;
      delta[v] += weight[e];
      delta[g.targets[e]] -= weight[e];
    }
  }
  const position = new Int32Array(n);
  let front = 0;
  let back = n - 1;
  const remove = (v: number, at: number): void => {
    live[v] = 0;
    position[v] = at;
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const w = g.targets[e];
      inDegree[w]--;
      delta[w] += weight[e];
    }
    for (let i = inOffsets[v]; i < inOffsets[v + 1]; i++) {
      const e = inEdge[i];
      outDegree[sourceOf[e]]--;
      delta[sourceOf[e]] -= weight[e];
    }
  };
  while (front <= back) {
    let changed = true;
    while (changed) {
      changed = false;
      for (let v = 0; v < n; v++) {
        if (live[v] === 0) continue;
        if (outDegree[v] === 0) remove(v, back--), (changed = true);
        else if (inDegree[v] === 0) remove(v, front++), (changed = true);
      }
    }
    if (front > back) break;
    let best = -1;
    for (let v = 0; v < n; v++) if (live[v] === 1 && (best < 0 || delta[v] > delta[best])) best = v;
    remove(best, front++);
  }
  return position;
}
