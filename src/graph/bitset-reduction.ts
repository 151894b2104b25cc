// The transitive reduction's fallback for graphs whose reach sets do not compress into intervals: bit rows, cost bounded by m·C/32.
//
// Algorithm: the bitset method (as in Goralčíková & Koubek 1979) on a DAG numbered
// in topological order (every edge p→q has p < q, rows ascending = nearest first).
// Visit nodes from the last to the first; for node p, visit its successors nearest
// first. An edge p→q is redundant iff q is already in reach(p); else
// reach(p) |= reach(q) ∪ {q}.
// Cost: O(n + m + m·C/32) time (C = bit columns, below), memory bounded by
// `memoryBudgetBytes` plus O(n + m).
//  - Only a node with in-degree ≥ 2 can be the target of a redundant edge, so only
//    those nodes get a bit column.
//  - Columns are numbered in topological order, so reach(p) only holds columns
//    after p; each row tracks its non-zero word range [lo, hi) and an OR touches
//    only that range (which is also all a row must clear before the next pass).
//  - Columns are processed in blocks of as many as fit the budget (n rows × W words):
//    one pass over the graph per block decides the edges whose targets lie in the
//    block. An edge found redundant in an earlier pass is skipped in later ones
//    (its target's reach is covered by the kept successors), and a pass stops at
//    the position of its last column, since later nodes reach none of its columns.

import type { CompactGraph } from './compact-graph.js';

/** Upper bound of the bitset method's word operations on `dag` (numbered topologically): what the interval method may spend before giving way. */
export function bitsetWorkBound(dag: CompactGraph): number {
  return edgesOf(dag) * Math.ceil(columnCount(inDegrees(dag)) / 32);
}

/** Flags in `redundant` (parallel to dag.targets, all 0 on entry) every edge another path implies; `dag` numbered topologically. */
export function bitsetRedundantEdges(dag: CompactGraph, redundant: Uint8Array, memoryBudgetBytes: number): void {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const inDegree = inDegrees(dag);
  const columns = columnCount(inDegree);
  if (columns === 0) return;
  const column = new Int32Array(n).fill(-1);
  const columnPosition = new Int32Array(columns);
  for (let p = 0, c = 0; p < n; p++) {
    if (inDegree[p] >= 2) {
      column[p] = c;
      columnPosition[c++] = p;
    }
  }
  const budgetWords = Math.floor(memoryBudgetBytes / 4 / n);
  const W = Math.max(1, Math.min(Math.ceil(columns / 32), budgetWords)); // words per row
  const bits = new Int32Array(n * W);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let c0 = 0; c0 < columns; c0 += 32 * W) {
    const c1 = Math.min(columns, c0 + 32 * W);
    const posLimit = columnPosition[c1 - 1]; // nodes at or after it reach no column of this block
    for (let p = posLimit - 1; p >= 0; p--) {
      const base = p * W;
      if (lo[p] < hi[p]) bits.fill(0, base + lo[p], base + hi[p]);
      let rowLo = W;
      let rowHi = 0;
      for (let e = offsets[p]; e < offsets[p + 1]; e++) {
        if (redundant[e] === 1) continue;
        const q = targets[e];
        const c = column[q] - c0;
        if (c >= 0 && c < c1 - c0) {
          const word = c >> 5;
          const mask = 1 << (c & 31);
          if ((bits[base + word] & mask) !== 0) {
            redundant[e] = 1;
            continue;
          }
          bits[base + word] |= mask;
          if (word < rowLo) rowLo = word;
          if (word >= rowHi) rowHi = word + 1;
        }
        if (q < posLimit && lo[q] < hi[q]) {
          const qBase = q * W;
          for (let w = lo[q]; w < hi[q]; w++) bits[base + w] |= bits[qBase + w];
          if (lo[q] < rowLo) rowLo = lo[q];
          if (hi[q] > rowHi) rowHi = hi[q];
        }
      }
      lo[p] = rowLo;
      hi[p] = rowHi;
    }
  }
}

function edgesOf(dag: CompactGraph): number {
  return dag.offsets[dag.nodeCount];
}

function inDegrees(dag: CompactGraph): Int32Array {
  const inDegree = new Int32Array(dag.nodeCount);
  for (let e = 0; e < edgesOf(dag); e++) inDegree[dag.targets[e]]++;
  return inDegree;
}

function columnCount(inDegree: Int32Array): number {
  let count = 0;
  for (let v = 0; v < inDegree.length; v++) if (inDegree[v] >= 2) count++;
  return count;
}
