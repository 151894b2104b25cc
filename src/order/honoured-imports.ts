// Which imports an order honours (the imported module is reachable from the importer in the order), one flag per import.
//
// Algorithm: the reachability bitset sweep of build-plan's count, 32 importers
// per sweep over a topological order: O(n · (n + m) / 32) time, O(n) memory.
import type { CompactGraph } from '../graph/compact-graph.js';

/** Parallel to `imports.targets`: 1 when the order lets the importer read the imported module's result. `topo`: importers first. */
export function honouredImports(order: CompactGraph, imports: CompactGraph, topo: ArrayLike<number>): Uint8Array {
  const n = order.nodeCount;
  const honoured = new Uint8Array(imports.targets.length);
  const reach = new Uint32Array(n);
  for (let base = 0; base < n; base += 32) {
    const top = Math.min(n, base + 32);
    let any = false;
    for (let a = base; a < top; a++) any ||= imports.offsets[a + 1] > imports.offsets[a];
    if (!any) continue;
    reach.fill(0);
    for (let v = base; v < top; v++) reach[v] = 1 << (v - base);
    for (let i = 0; i < n; i++) {
      const v = topo[i];
      if (reach[v] === 0) continue;
      for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) reach[order.targets[e]] |= reach[v];
    }
    for (let a = base; a < top; a++) {
      const bit = 1 << (a - base);
      for (let e = imports.offsets[a]; e < imports.offsets[a + 1]; e++) if (reach[imports.targets[e]] & bit) honoured[e] = 1;
    }
  }
  return honoured;
}
