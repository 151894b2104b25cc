// The kept imports' rows during re-insertion: the first entries in the order given, the added ones after them in the order added.
import test from 'ava';
import { GrowingAdjacency } from '../../src/order/growing-adjacency.js';

// Row x as a list: its first entries, then the added ones.
function row(adj: GrowingAdjacency, x: number): number[] {
  const out: number[] = [];
  for (let i = adj.start[x]; i < adj.start[x + 1]; i++) out.push(adj.node[i]);
  for (let j = adj.head[x]; j >= 0; j = adj.next[j]) out.push(adj.extra[j]);
  return out;
}

test('rows keep the order of the pairs given, then the entries added, each row apart', (t) => {
  const adj = new GrowingAdjacency(4, Int32Array.from([2, 0, 2, 3, 0]), Int32Array.from([9, 5, 7, 1, 4]), 5, 3);
  t.deepEqual([0, 1, 2, 3].map((x) => row(adj, x)), [[5, 4], [], [9, 7], [1]]);
  adj.add(1, 8);
  adj.add(2, 6);
  adj.add(1, 3);
  t.deepEqual([0, 1, 2, 3].map((x) => row(adj, x)), [[5, 4], [8, 3], [9, 7, 6], [1]]);
  t.deepEqual([0, 1, 2, 3].map((x) => adj.degree(x)), [2, 2, 3, 1]);
});

test('only the first `count` pairs are read', (t) => {
  const adj = new GrowingAdjacency(2, Int32Array.from([0, 1, 1]), Int32Array.from([1, 0, 0]), 2, 0);
  t.deepEqual([row(adj, 0), row(adj, 1)], [[1], [0]]);
});
