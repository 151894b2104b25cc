// Random graphs and brute-force graph facts, the independent side of the graph algorithm tests.

import { compactGraphFromEdges, type CompactGraph } from '../../src/graph/compact-graph.js';
import type { Random } from './random.js';

/** A random directed graph with n nodes and about `edges` edges (self loops and repeats possible before dedup). */
export function randomGraph(random: Random, n: number, edges: number): CompactGraph {
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < edges && n > 0; i++) {
    from.push(random.int(n));
    to.push(random.int(n));
  }
  return compactGraphFromEdges(n, from, to);
}

/** A random import graph of 1 to `maxNodes` modules and up to three imports each, no module importing itself. */
export function randomImports(random: Random, maxNodes: number): CompactGraph {
  const n = 1 + random.int(maxNodes);
  const from: number[] = [];
  const to: number[] = [];
  for (let k = random.int(3 * n); k > 0; k--) {
    const v = random.int(n);
    const w = random.int(n);
    if (v !== w) from.push(v), to.push(w);
  }
  return compactGraphFromEdges(n, from, to);
}

/**
 * A random DAG: edges go from a lower to a higher rank under a random permutation,
 * so node ids say nothing about the order.
 */
export function randomDag(random: Random, n: number, edges: number): CompactGraph {
  const rank = shuffledIds(random, n);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < edges && n > 1; i++) {
    const a = random.int(n);
    const b = random.int(n);
    if (a === b) continue;
    from.push(rank[Math.min(a, b)]);
    to.push(rank[Math.max(a, b)]);
  }
  return compactGraphFromEdges(n, from, to);
}

export function shuffledIds(random: Random, n: number): number[] {
  const ids = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

/** reach[u][v] = there is a path of one or more edges from u to v; by search from every node. */
export function bruteForceClosure(g: CompactGraph): boolean[][] {
  const n = g.nodeCount;
  const reach: boolean[][] = [];
  for (let u = 0; u < n; u++) {
    const seen = new Array<boolean>(n).fill(false);
    const stack = [...g.targets.subarray(g.offsets[u], g.offsets[u + 1])];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = true;
      for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) stack.push(g.targets[e]);
    }
    reach.push(seen);
  }
  return reach;
}

/** All edges as "u>v" strings, sorted, for readable equality checks. */
export function edgeList(g: CompactGraph): string[] {
  const out: string[] = [];
  for (let u = 0; u < g.nodeCount; u++) {
    for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) out.push(`${u}>${g.targets[e]}`);
  }
  return out.sort();
}

/** The chain 0→1→…→n-1, optionally closed into a cycle by n-1→0. */
export function chain(n: number, closed = false): CompactGraph {
  const m = closed ? n : n - 1;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    from[i] = i;
    to[i] = (i + 1) % n;
  }
  return compactGraphFromEdges(n, from, to);
}
