// The kept imports' rows during re-insertion: the first entries in the order given, the added ones after them in the order added.
import test from 'ava';
import { compactGraphFromEdges, incomingEdges } from '../../src/graph/compact-graph.js';
import { GrowingAdjacency } from '../../src/order/growing-adjacency.js';
import { rng } from './order-helpers.js';

// Row x as a list: its first entries, then the added ones.
function row(adj: GrowingAdjacency, x: number): number[] {
  const out: number[] = [];
  for (let i = adj.start[x]; i < adj.start[x + 1]; i++) out.push(adj.node[i]);
  for (let j = adj.head[x]; j >= 0; j = adj.next[j]) out.push(adj.extra[j]);
  return out;
}

test('rows keep the order of the pairs given, then the entries added, each row apart', (t) => {
  const adj = GrowingAdjacency.fromPairs(4, Int32Array.from([2, 0, 2, 3, 0]), Int32Array.from([9, 5, 7, 1, 4]), 5, 3);
  t.deepEqual([0, 1, 2, 3].map((x) => row(adj, x)), [[5, 4], [], [9, 7], [1]]);
  adj.add(1, 8);
  adj.add(2, 6);
  adj.add(1, 3);
  t.deepEqual([0, 1, 2, 3].map((x) => row(adj, x)), [[5, 4], [8, 3], [9, 7, 6], [1]]);
  t.deepEqual([0, 1, 2, 3].map((x) => adj.degree(x)), [2, 2, 3, 1]);
});

test('only the first `count` pairs are read', (t) => {
  const adj = GrowingAdjacency.fromPairs(2, Int32Array.from([0, 1, 1]), Int32Array.from([1, 0, 0]), 2, 0);
  t.deepEqual([row(adj, 0), row(adj, 1)], [[1], [0]]);
});

test('the kept rows read off a graph and its incoming edges are those of the kept pairs, both ways', (t) => {
  const r = rng(5);
  for (let round = 0; round < 50; round++) {
    const n = 1 + Math.floor(r() * 12);
    const from: number[] = [];
    const to: number[] = [];
    for (let i = Math.floor(r() * 4 * n); i > 0; i--) from.push(Math.floor(r() * n)), to.push(Math.floor(r() * n));
    const graph = compactGraphFromEdges(n, from, to);
    const source = new Int32Array(graph.targets.length);
    for (let v = 0; v < n; v++) source.fill(v, graph.offsets[v], graph.offsets[v + 1]);
    const kept = Uint8Array.from(graph.targets, () => (r() < 0.7 ? 1 : 0));
    const keptFrom = Int32Array.from(source.filter((_, e) => kept[e] === 1));
    const keptTo = Int32Array.from(graph.targets.filter((_, e) => kept[e] === 1));
    const count = keptFrom.length;
    const { inOffsets, inEdge } = incomingEdges(graph);
    const rows = (adj: GrowingAdjacency): number[][] => Array.from({ length: n }, (_, x) => row(adj, x));
    t.deepEqual(rows(GrowingAdjacency.keptRows(graph.offsets, undefined, graph.targets, kept, count, 0)), rows(GrowingAdjacency.fromPairs(n, keptFrom, keptTo, count, 0)));
    t.deepEqual(rows(GrowingAdjacency.keptRows(inOffsets, inEdge, source, kept, count, 0)), rows(GrowingAdjacency.fromPairs(n, keptTo, keptFrom, count, 0)));
  }
});
