// The closure of a DAG as bitsets, for the outputs that must list everything a module may read (mmc's full lists, spec encodings).
//
// Algorithm: one pass in reverse topological order, each row the OR of its
// successors' rows plus their bits. Cost: O(n + m·n/32) time and n·n/8 bytes,
// so it serves the Mercury-facing outputs (which list the closure anyway),
// never the hot path (transitive-reduction.ts avoids the full matrix).
import type { CompactGraph } from './compact-graph.js';
import { topologicalOrder } from './topological-order.js';

/** Bit w of row v (`bits[v * words + (w >>> 5)]`): w is reachable from v (v itself excluded). */
export interface Reachability {
  words: number;
  bits: Uint32Array;
}

export function reachability(dag: CompactGraph): Reachability {
  const n = dag.nodeCount;
  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(n * words);
  const topDown = topologicalOrder(dag);
  for (let i = n - 1; i >= 0; i--) {
    const v = topDown[i];
    const row = v * words;
    for (let e = dag.offsets[v]; e < dag.offsets[v + 1]; e++) {
      const w = dag.targets[e];
      bits[row + (w >>> 5)] |= 1 << (w & 31);
      const other = w * words;
      for (let j = 0; j < words; j++) bits[row + j] |= bits[other + j];
    }
  }
  return { words, bits };
}

/** Whether `b` is reachable from `a`. */
export function reaches(r: Reachability, a: number, b: number): boolean {
  return (r.bits[a * r.words + (b >>> 5)] & (1 << (b & 31))) !== 0;
}

/** The nodes reachable from `a`, ascending. */
export function reachableFrom(r: Reachability, a: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < r.words; j++) {
    let word = r.bits[a * r.words + j];
    while (word !== 0) {
      const low = word & -word;
      word ^= low;
      out.push((j << 5) + 31 - Math.clz32(low));
    }
  }
  return out;
}
