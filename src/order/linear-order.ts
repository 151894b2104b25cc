// A good linear order of each SCC's modules (few imports pointing "up"), the starting point of the automatic order.
//
// Algorithm: a feedback-arc-set heuristic for the linear ordering problem, per SCC.
// Start: members sorted by (imports inside the SCC − importers inside the SCC),
// so modules imported by many and importing few come first (sinks first), ties by id.
// Improve: insertion local search — take one member out and put it back at the
// slot where the most (weighted) imports among its SCC point to earlier members;
// a slot is scored for all positions at once by one sweep, O(k + deg) per member.
// Cost: O(n + m) plus O(k² + m_k) per pass over an SCC of k members; passes stop
// at a local optimum or when the work budget is spent, so a 100,000-member SCC
// gets the cheap start and few or no passes. Choice: fast and deterministic rather
// than optimal (the problem is NP-hard); the order is only a seed for auto-order.

import { incomingEdges, type CompactGraph } from '../graph/compact-graph.js';
import { componentMembers, type ComponentMembers } from '../graph/condense.js';
import type { StronglyConnectedComponents } from '../graph/strongly-connected.js';

/**
 * Nodes by component id ascending (imported components first), and inside a
 * component in the heuristic order: an import A→B inside an SCC points
 * "down" when B comes before A. Returns the order and the rank of each node.
 */
export function linearOrderWithinComponents(
  graph: CompactGraph,
  scc: StronglyConnectedComponents,
  edgeWeight: Float64Array,
  budget: number,
  edges: { inOffsets: Int32Array; inEdge: Int32Array; source: Int32Array } = incomingWithSources(graph),
): { order: Int32Array; rank: Int32Array } {
  const n = graph.nodeCount;
  const comp = scc.componentOf;
  const { offsets, targets } = graph;
  const groups = componentMembers(scc);
  // Balance inside the SCC: out-weight minus in-weight; only an SCC of two or more is sorted by it, so only its members'
  // imports are read (ids ascending within each, so every balance is summed in the same order as over all modules).
  const balance = new Float64Array(n);
  for (let c = 0; c < scc.count; c++) {
    if (groups.offsets[c + 1] - groups.offsets[c] < 2) continue;
    for (let i = groups.offsets[c]; i < groups.offsets[c + 1]; i++) {
      const v = groups.members[i];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const b = targets[e];
        if (comp[b] !== comp[v]) continue;
        balance[v] += edgeWeight[e];
        balance[b] -= edgeWeight[e];
      }
    }
  }
  const order = byComponentThenBalance(scc, groups, balance);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]] = i;

  // Reverse adjacency with edge ids, for importers inside the SCC.
  const { inOffsets, inEdge, source } = edges;

  let work = 0;
  const gain = new Float64Array(n + 1);
  for (let start = 0; start < n && work < budget; ) {
    let end = start;
    while (end < n && comp[order[end]] === comp[order[start]]) end++;
    const k = end - start;
    if (k > 2) {
      for (let pass = 0; pass < 50 && work < budget; pass++) {
        let improved = false;
        for (let i = start; i < end && work < budget; i++) {
          const v = order[i];
          const from = rank[v] - start;
          // gain[j] = weight kept if v is put at slot j of the k-1 others (slot j: before other j).
          gain.fill(0, 0, k);
          let base = 0;
          for (let e = offsets[v]; e < offsets[v + 1]; e++) {
            const b = targets[e];
            if (comp[b] !== comp[v]) continue;
            let p = rank[b] - start;
            if (p > from) p--;
            gain[p + 1] += edgeWeight[e]; // kept for slots after b
          }
          for (let x = inOffsets[v]; x < inOffsets[v + 1]; x++) {
            const a = source[inEdge[x]];
            if (comp[a] !== comp[v]) continue;
            let p = rank[a] - start;
            if (p > from) p--;
            base += edgeWeight[inEdge[x]];
            gain[p + 1] -= edgeWeight[inEdge[x]]; // kept for slots up to a
          }
          let best = -Infinity;
          let bestSlot = from;
          let current = 0;
          let run = base;
          for (let j = 0; j < k; j++) {
            run += gain[j];
            if (j === from) current = run;
            if (run > best) {
              best = run;
              bestSlot = j;
            }
          }
          work += k + (offsets[v + 1] - offsets[v]) + (inOffsets[v + 1] - inOffsets[v]);
          if (best <= current) continue;
          improved = true;
          // Move v from slot `from` to `bestSlot` (slots counted without v).
          if (bestSlot < from) {
            for (let j = from; j > bestSlot; j--) order[start + j] = order[start + j - 1];
          } else {
            for (let j = from; j < bestSlot; j++) order[start + j] = order[start + j + 1];
          }
          order[start + bestSlot] = v;
          const lo = Math.min(from, bestSlot);
          const hi = Math.max(from, bestSlot);
          for (let j = lo; j <= hi; j++) rank[order[start + j]] = start + j;
        }
        if (!improved) break;
      }
    }
    start = end;
  }
  return { order, rank };
}

// Nodes sorted by (component, balance, id): grouped by component, ids ascending inside each (componentMembers, `groups`, whose members it sorts in place), then each component of two or more sorted by balance, ties by id.
function byComponentThenBalance(scc: StronglyConnectedComponents, groups: ComponentMembers, balance: Float64Array): Int32Array {
  const { offsets, members: order } = groups;
  for (let c = 0; c < scc.count; c++) {
    if (offsets[c + 1] - offsets[c] < 2) continue;
    order.subarray(offsets[c], offsets[c + 1]).sort((a, b) => balance[a] - balance[b] || a - b);
  }
  return order;
}

/** Each node's incoming edges (incomingEdges) and each edge's source, for callers that have neither. */
export function incomingWithSources(graph: CompactGraph): { inOffsets: Int32Array; inEdge: Int32Array; source: Int32Array } {
  const source = new Int32Array(graph.targets.length);
  for (let v = 0; v < graph.nodeCount; v++) source.fill(v, graph.offsets[v], graph.offsets[v + 1]);
  return { ...incomingEdges(graph), source };
}
