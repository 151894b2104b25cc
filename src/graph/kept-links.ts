// For the overview and the viewer: the transitively reduced links among the kept nodes of a DAG (e.g. SCCs of two or more modules), in one pass.
//
// Equals transitiveReduction(reachThrough(dag, kept)), without the per-node lists
// of every kept node reached that made that grow with nodes × kept nodes.
// Algorithm: one pass, sinks first. front(v) is the antichain of kept nodes v
// reaches first: those of R(v) (the kept nodes v reaches) that no other member of
// R(v) reaches. front(v) is found among {s : kept successor s} ∪ front(s) of the
// other successors, dropping each candidate another candidate reaches; reach among
// kept nodes is a k×k bitset (closure). A kept node's front is its reduced links.
// componentKeptLinks runs the same pass on the condensation of a graph without building
// it: a component's successors are read off its members' rows.
// Cost: O(n + m + Σ candidates · min(candidates, k/32)) time; memory k²/8 bytes
// for the closure plus the fronts, which are antichains (small in import graphs).

import { compactGraphFromEdges, type CompactGraph } from './compact-graph.js';
import type { ComponentMembers } from './condense.js';
import type { StronglyConnectedComponents } from './strongly-connected.js';
import { topologicalOrder } from './topological-order.js';

/** A graph on the same node ids with an edge u→w (both kept) when u reaches w and through no other kept node that reaches w. */
export function keptLinks(dag: CompactGraph, kept: Uint8Array): CompactGraph {
  const identity = Int32Array.from({ length: dag.nodeCount + 1 }, (_, i) => i);
  return linksAmongKept(dag, identity.subarray(0, dag.nodeCount), { offsets: identity, members: identity }, sinksFirst(dag), kept);
}

// For a graph and its SCCs: a graph on the same nodes with fewer edges between components that reach among them as the graph's do (rememberComponentRows).
const fewerRows = new WeakMap<CompactGraph, { componentOf: Int32Array; rows: CompactGraph }>();

/**
 * Records `rows` to read instead of `graph`'s in componentKeptLinks: a graph on the same nodes whose edges between
 * components (`componentOf`: graph's SCCs) go from a higher component id to a lower one and reach among components
 * exactly as graph's edges do (e.g. a name order's reduction: its edges between SCCs are the reduced condensation).
 */
export function rememberComponentRows(graph: CompactGraph, componentOf: Int32Array, rows: CompactGraph): void {
  fewerRows.set(graph, { componentOf, rows });
}

/** The rows recorded for `graph` and its SCCs `componentOf` (rememberComponentRows), else `graph`: either reaches among components as `graph` does. */
export function componentRows(graph: CompactGraph, componentOf: Int32Array): CompactGraph {
  const known = fewerRows.get(graph);
  return known !== undefined && known.componentOf === componentOf ? known.rows : graph;
}

/**
 * keptLinks of the condensation of `graph` (nodes: its components, numbered as stronglyConnectedComponents does),
 * read off `graph` itself (or rows recorded for it, which reach the same): no condensation is built, and components
 * in ascending id are sinks first.
 */
export function componentKeptLinks(graph: CompactGraph, scc: StronglyConnectedComponents, members: ComponentMembers, kept: Uint8Array): CompactGraph {
  return linksAmongKept(componentRows(graph, scc.componentOf), scc.componentOf, members, Int32Array.from({ length: scc.count }, (_, c) => c), kept);
}

// keptLinks on the graph whose node c is the group `members[offsets[c] .. offsets[c+1])` of `graph`'s nodes, edges between groups (groupOf) only; `order` sinks first.
function linksAmongKept(graph: CompactGraph, groupOf: Int32Array, groups: ComponentMembers, order: Int32Array, kept: Uint8Array): CompactGraph {
  const n = order.length;
  const { offsets, targets } = graph;
  const keptId = new Int32Array(n).fill(-1);
  let k = 0;
  for (let v = 0; v < n; v++) if (kept[v]) keptId[v] = k++;
  const K = (k + 31) >>> 5;
  const closure = new Int32Array(k * K);
  // Fronts of nodes not kept, one after another in `fronts` (no object per node).
  const frontStart = new Int32Array(n);
  const frontLength = new Int32Array(n);
  let fronts: Int32Array = new Int32Array(1024);
  let frontsUsed = 0;
  const stamp = new Int32Array(n).fill(-1);
  const scratch = { reached: new Int32Array(K), rows: new Int32Array(64) };
  let candidates: Int32Array = new Int32Array(64);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = order[i];
    let count = 0;
    for (let g = groups.offsets[v]; g < groups.offsets[v + 1]; g++) {
      const x = groups.members[g];
      for (let e = offsets[x]; e < offsets[x + 1]; e++) {
        const s = groupOf[targets[e]];
        if (s === v) continue;
        if (kept[s]) {
          if (count === candidates.length) candidates = grow(candidates, count + 1);
          if (stamp[s] !== v) ((stamp[s] = v), (candidates[count++] = s));
          continue;
        }
        const start = frontStart[s];
        const end = start + frontLength[s];
        if (count + end - start > candidates.length) candidates = grow(candidates, count + end - start);
        for (let j = start; j < end; j++) {
          const w = fronts[j];
          if (stamp[w] !== v) ((stamp[w] = v), (candidates[count++] = w));
        }
      }
    }
    if (count === 0) continue;
    count = dropReached(candidates, count, keptId, closure, K, scratch);
    if (!kept[v]) {
      if (frontsUsed + count > fronts.length) fronts = grow(fronts, frontsUsed + count);
      fronts.set(candidates.subarray(0, count), frontsUsed);
      frontStart[v] = frontsUsed;
      frontLength[v] = count;
      frontsUsed += count;
      continue;
    }
    const row = keptId[v] * K;
    for (let j = 0; j < count; j++) {
      const w = candidates[j];
      from.push(v);
      to.push(w);
      const id = keptId[w];
      closure[row + (id >>> 5)] |= 1 << (id & 31);
      for (let x = 0; x < K; x++) closure[row + x] |= closure[id * K + x];
    }
  }
  return compactGraphFromEdges(n, from, to);
}

// Keeps the candidates no other candidate reaches, in place; returns how many. Pairwise tests for few candidates, else one OR of their closures.
function dropReached(
  c: Int32Array,
  count: number,
  keptId: Int32Array,
  closure: Int32Array,
  K: number,
  scratch: { reached: Int32Array; rows: Int32Array },
): number {
  if (count === 1) return 1;
  if (count <= K) {
    if (scratch.rows.length < count) scratch.rows = grow(scratch.rows, count);
    const rows = scratch.rows;
    for (let j = 0; j < count; j++) rows[j] = keptId[c[j]] * K;
    let survivors = 0;
    for (let j = 0; j < count; j++) {
      const id = rows[j] / K;
      const word = id >>> 5;
      const mask = 1 << (id & 31);
      let dominated = false;
      for (let i = 0; i < count && !dominated; i++) dominated = (closure[rows[i] + word] & mask) !== 0;
      if (!dominated) c[survivors++] = c[j];
    }
    return survivors;
  }
  const reached = scratch.reached;
  reached.fill(0);
  for (let j = 0; j < count; j++) {
    const base = keptId[c[j]] * K;
    for (let x = 0; x < K; x++) reached[x] |= closure[base + x];
  }
  let survivors = 0;
  for (let j = 0; j < count; j++) {
    const id = keptId[c[j]];
    if ((reached[id >>> 5] & (1 << (id & 31))) === 0) c[survivors++] = c[j];
  }
  return survivors;
}

// Sinks first: ascending ids when every edge goes to a lower id (a condensation's numbering), else a reversed topological order.
function sinksFirst(dag: CompactGraph): Int32Array {
  const { offsets, targets } = dag;
  let descending = true;
  for (let v = 0; v < dag.nodeCount && descending; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) if (targets[e] >= v) descending = false;
  }
  if (descending) return Int32Array.from({ length: dag.nodeCount }, (_, i) => i);
  return topologicalOrder(dag).reverse();
}

function grow(a: Int32Array, atLeast: number): Int32Array {
  const b = new Int32Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}
