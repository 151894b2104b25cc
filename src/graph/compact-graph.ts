// The one graph representation of the hot path: compressed sparse rows over integer node ids, no per-edge objects.

/**
 * A directed graph on nodes 0..nodeCount-1. The successors of node v are
 * `targets[offsets[v] .. offsets[v+1])`, sorted ascending, without duplicates.
 */
export interface CompactGraph {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** Number of edges. */
export function edgeCount(g: CompactGraph): number {
  return g.offsets[g.nodeCount];
}

/** Successors of `v` as a view (no copy). */
export function successors(g: CompactGraph, v: number): Int32Array {
  return g.targets.subarray(g.offsets[v], g.offsets[v + 1]);
}

// Builds rows by two counting sorts, O(n + m): the edges by target, then stably by source, so every row comes out
// sorted with no comparison sort; sorted rows make the graph, and everything derived from it, deterministic.
export function compactGraphFromEdges(
  nodeCount: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  options: { keepSelfLoops?: boolean } = {},
): CompactGraph {
  const m = from.length;
  const byTarget = new Int32Array(nodeCount + 1);
  const counts = new Int32Array(nodeCount + 1);
  for (let i = 0; i < m; i++) {
    byTarget[to[i] + 1]++;
    counts[from[i] + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) {
    byTarget[v + 1] += byTarget[v];
    counts[v + 1] += counts[v];
  }
  // Sources grouped by target, targets ascending; then each target appended to its source's row.
  const sources = new Int32Array(m);
  for (let i = 0; i < m; i++) sources[byTarget[to[i]]++] = from[i];
  const fill = counts.slice(0, nodeCount);
  const raw = new Int32Array(m);
  for (let t = 0, i = 0; t < nodeCount; t++) for (const end = byTarget[t]; i < end; i++) raw[fill[sources[i]]++] = t;
  // Drop duplicates (and self loops unless asked), compacting in place.
  const offsets = new Int32Array(nodeCount + 1);
  let out = 0;
  for (let v = 0; v < nodeCount; v++) {
    offsets[v] = out;
    let last = -1;
    for (let i = counts[v]; i < counts[v + 1]; i++) {
      const t = raw[i];
      if (t === last || (t === v && !options.keepSelfLoops)) continue;
      raw[out++] = t;
      last = t;
    }
  }
  offsets[nodeCount] = out;
  return { nodeCount, offsets, targets: raw.slice(0, out) };
}

/** Sorts each row `targets[offsets[v] .. offsets[v+1])` ascending in place. */
export function sortRows(nodeCount: number, offsets: Int32Array, targets: Int32Array): void {
  for (let v = 0; v < nodeCount; v++) sortRange(targets, offsets[v], offsets[v + 1]);
}

/** Sorts `targets[from .. to)` ascending in place: a short range (the usual row) by insertion, a long one by the typed array's sort. */
export function sortRange(targets: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    targets.subarray(from, to).sort();
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const t = targets[j];
    let i = j - 1;
    for (; i >= from && targets[i] > t; i--) targets[i + 1] = targets[i];
    targets[i + 1] = t;
  }
}

/** The graph with every edge reversed, O(n + m). */
export function reverseGraph(g: CompactGraph): CompactGraph {
  const m = edgeCount(g);
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  for (let v = 0, i = 0; v < g.nodeCount; v++) {
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++, i++) {
      from[i] = g.targets[e];
      to[i] = v;
    }
  }
  return compactGraphFromEdges(g.nodeCount, from, to, { keepSelfLoops: true });
}

/** Calls `visit(from, to)` for every edge, in row order. */
export function forEachEdge(g: CompactGraph, visit: (from: number, to: number) => void): void {
  for (let v = 0; v < g.nodeCount; v++) {
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) visit(v, g.targets[e]);
  }
}

/** Each node's incoming edges, as indices into g.targets: `inEdge[inOffsets[v] .. inOffsets[v+1])`, by counting sort, O(n + m). */
export function incomingEdges(g: CompactGraph): { inOffsets: Int32Array; inEdge: Int32Array } {
  const n = g.nodeCount;
  const m = g.targets.length;
  const inOffsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) inOffsets[g.targets[e] + 1]++;
  for (let v = 0; v < n; v++) inOffsets[v + 1] += inOffsets[v];
  const fill = inOffsets.slice(0, n);
  const inEdge = new Int32Array(m);
  for (let e = 0; e < m; e++) inEdge[fill[g.targets[e]]++] = e;
  return { inOffsets, inEdge };
}
