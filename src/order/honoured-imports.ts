// Which imports an order honours (the imported module is reachable from the importer in the order), one flag per import: for importgraph.json and the viewer.
import type { CompactGraph } from '../graph/compact-graph.js';
import type { ComponentMembers } from '../graph/condense.js';

/**
 * Parallel to `graph.targets`: 1 when the order lets the importer read the imported module's `.trans_opt`
 * (the imported module is reachable from the importer in the order), else 0. Exact for any order, a spec's
 * included. Most imports are decided at once: an order edge honours it, an imported module placed before its
 * importer in `topDown` (sources first) cannot be reached. The rest by reachability sweeps over the order for
 * 32 such importers at a time (consecutive in topDown, each sweep starting at the first of them): O(k/32 · (n + m))
 * for k undecided importers (most importers on a default order of 100,000 modules: there, honouredImportsInSccs).
 */
export function honouredImports(order: CompactGraph, graph: CompactGraph, topDown: ArrayLike<number>): Uint8Array {
  const n = graph.nodeCount;
  const honoured = new Uint8Array(graph.targets.length);
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) position[topDown[i]] = i;
  const undecided: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = topDown[i];
    let open = false;
    for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
      const v = graph.targets[e];
      if (isOrderEdge(order, u, v)) honoured[e] = 1;
      else if (position[v] > position[u]) open = true;
    }
    if (open) undecided.push(u);
  }
  const reach = new Int32Array(n);
  for (let b = 0; b < undecided.length; b += 32) {
    const batch = undecided.slice(b, b + 32);
    sweep(order, topDown, position[batch[0]], batch, reach);
    // Only modules after the importer can be reached (the sweep leaves those before its start as they were).
    batch.forEach((u, bit) => {
      for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
        const v = graph.targets[e];
        if (position[v] > position[u] && (reach[v] >>> bit) & 1) honoured[e] = 1;
      }
    });
  }
  return honoured;
}

// reach[v] bit i: v is reachable from batch[i] (or is it); nodes before `from` in topDown are never reached.
function sweep(order: CompactGraph, topDown: ArrayLike<number>, from: number, batch: number[], reach: Int32Array): void {
  for (let i = from; i < topDown.length; i++) reach[topDown[i]] = 0;
  batch.forEach((u, bit) => (reach[u] |= 1 << bit));
  for (let i = from; i < topDown.length; i++) {
    const v = topDown[i];
    const bits = reach[v];
    if (bits === 0) continue;
    for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) reach[order.targets[e]] |= bits;
  }
}

// Order rows are sorted: a binary search.
function isOrderEdge(order: CompactGraph, u: number, v: number): boolean {
  let lo = order.offsets[u];
  let hi = order.offsets[u + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = order.targets[mid];
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * As honouredImports, for orders that keep every import between SCCs (Mercury's default and the automatic
 * order; a spec's need not): those are honoured, and inside an SCC no path of the order leaves it, so
 * reachability is computed over the order's edges among its members, one bitset per member swept
 * bottom-up: O(k · m / 32) for an SCC of k members and m order edges.
 */
export function honouredImportsInSccs(order: CompactGraph, graph: CompactGraph, componentOf: Int32Array, members: ComponentMembers, topDown: Int32Array): Uint8Array {
  const honoured = new Uint8Array(graph.targets.length).fill(1);
  const position = new Int32Array(graph.nodeCount);
  topDown.forEach((v, i) => (position[v] = i));
  const local = new Int32Array(graph.nodeCount).fill(-1);
  for (let c = 0; c < members.offsets.length - 1; c++) {
    const list = Array.from(members.members.subarray(members.offsets[c], members.offsets[c + 1]));
    if (list.length < 2) continue;
    list.sort((a, b) => position[a] - position[b]);
    list.forEach((v, i) => (local[v] = i));
    const reach = sccReach(list, local, order);
    const words = (list.length + 31) >>> 5;
    for (const v of list) {
      const base = local[v] * words;
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
        const w = local[graph.targets[e]];
        if (componentOf[graph.targets[e]] === c && w >= 0) honoured[e] = (reach[base + (w >>> 5)] >>> (w & 31)) & 1;
      }
    }
    for (const v of list) local[v] = -1;
  }
  return honoured;
}

// Members in top-down order (each before what it reads): sweeping from the last, a member's row is the union of its order successors' rows and bits.
function sccReach(list: number[], local: Int32Array, order: CompactGraph): Int32Array {
  const words = (list.length + 31) >>> 5;
  const reach = new Int32Array(list.length * words);
  for (let i = list.length - 1; i >= 0; i--) {
    const v = list[i];
    const row = i * words;
    for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) {
      const s = local[order.targets[e]];
      if (s < 0) continue;
      const other = s * words;
      for (let k = 0; k < words; k++) reach[row + k] |= reach[other + k];
      reach[row + (s >>> 5)] |= 1 << (s & 31);
    }
  }
  return reach;
}
