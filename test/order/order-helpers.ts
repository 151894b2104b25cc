// Seeded random graphs and brute-force oracles for the order tests.
import { readFileSync } from 'node:fs';
import { compactGraphFromEdges, type CompactGraph } from '../../src/graph/compact-graph.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A random graph with cycles: n nodes, about m edges, integer weights 1..20. */
export function randomCase(seed: number): { graph: CompactGraph; weight: Float64Array } {
  const r = rng(seed);
  const n = 1 + Math.floor(r() * 14);
  const m = Math.floor(r() * n * 3);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < m; i++) {
    from.push(Math.floor(r() * n));
    to.push(Math.floor(r() * n));
  }
  const weight = new Float64Array(n);
  for (let v = 0; v < n; v++) weight[v] = 1 + Math.floor(r() * 20);
  return { graph: compactGraphFromEdges(n, from, to), weight };
}

/** reach[a][b]: b reachable from a by one or more edges. */
export function closure(g: CompactGraph): boolean[][] {
  const n = g.nodeCount;
  const reach = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let a = 0; a < n; a++) {
    const stack = [a];
    while (stack.length) {
      const v = stack.pop() as number;
      for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
        const t = g.targets[e];
        if (!reach[a][t]) {
          reach[a][t] = true;
          stack.push(t);
        }
      }
    }
  }
  return reach;
}

/** Longest path by modules and by weight, by exhaustive DFS (the graph must be acyclic). */
export function bruteLongest(g: CompactGraph, w: Float64Array): { modules: number; cost: number } {
  let modules = 0;
  let cost = 0;
  const walk = (v: number, k: number, c: number): void => {
    modules = Math.max(modules, k);
    cost = Math.max(cost, c);
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) walk(g.targets[e], k + 1, c + w[g.targets[e]]);
  };
  for (let v = 0; v < g.nodeCount; v++) walk(v, 1, w[v]);
  return { modules, cost };
}

/** The library's mmc import graph and byte weights, from the bundled fixtures. */
export function library(): { graph: CompactGraph; weight: Float64Array; names: string[] } {
  const edges = readFileSync('test/fixtures/mercury-library/edges-mmc.tsv', 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const rows = readFileSync('examples/mercury-library/modules.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const names = [...new Set([...rows.map((r) => r[0]), ...edges.flat()])].sort();
  const id = new Map(names.map((n, i) => [n, i]));
  const weight = new Float64Array(names.length);
  for (const r of rows) weight[id.get(r[0]) as number] = Number(r[2]);
  const graph = compactGraphFromEdges(names.length, edges.map((e) => id.get(e[0]) as number), edges.map((e) => id.get(e[1]) as number));
  return { graph, weight, names };
}
