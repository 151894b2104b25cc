// Which imports an order honours (the imported module is reachable from the importer in the order), one flag per import.
//
// Algorithm: reachability bitsets swept over a topological order, 32 importers
// per sweep, as build-plan counts them; the importers of a sweep are 32
// consecutive modules of the order, so the sweep starts at the first of them
// (nothing earlier is reachable): about n² / 64 + n · m / 32 steps, O(n) memory.
import type { CompactGraph } from '../graph/compact-graph.js';

/** Parallel to `imports.targets`: 1 when the order lets the importer read the imported module's result. `topo`: importers first. */
export function honouredImports(order: CompactGraph, imports: CompactGraph, topo: ArrayLike<number>): Uint8Array {
  const n = order.nodeCount;
  const honoured = new Uint8Array(imports.targets.length);
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) position[topo[i]] = i;
  // Bits by topological position: the importers of a sweep own the low 32 positions of its range.
  const reach = new Uint32Array(n);
  for (let start = 0; start < n; start += 32) {
    const end = Math.min(n, start + 32);
    reach.fill(0, start);
    for (let i = start; i < end; i++) reach[i] = 1 << (i - start);
    for (let i = start; i < n; i++) {
      const bits = reach[i];
      if (bits === 0) continue;
      const v = topo[i];
      for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) reach[position[order.targets[e]]] |= bits;
    }
    for (let i = start; i < end; i++) {
      const a = topo[i];
      const bit = 1 << (i - start);
      for (let e = imports.offsets[a]; e < imports.offsets[a + 1]; e++) {
        // Only what comes after the importer can be reached; positions before this sweep hold earlier sweeps' bits.
        const p = position[imports.targets[e]];
        if (p > i && reach[p] & bit) honoured[e] = 1;
      }
    }
  }
  return honoured;
}
