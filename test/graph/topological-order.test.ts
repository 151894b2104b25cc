// Build order lines and reductions rely on a valid, deterministic topological order.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { compactGraphFromEdges, forEachEdge } from '../../src/graph/compact-graph.js';
import { topologicalOrder } from '../../src/graph/topological-order.js';
import { randomDag } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

test('every edge goes from an earlier to a later node, on 1,000 random DAGs', (t) => {
  const random = seededRandom(21);
  for (let i = 0; i < 1000; i++) {
    const n = 1 + random.int(80);
    const dag = randomDag(random, n, random.int(4 * n));
    const order = topologicalOrder(dag);
    t.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: n }, (_, v) => v));
    const position = new Int32Array(n);
    order.forEach((v, p) => (position[v] = p));
    forEachEdge(dag, (u, v) => {
      if (position[u] >= position[v]) t.fail(`DAG ${i}: ${u}→${v} placed ${position[u]} ≥ ${position[v]}`);
    });
  }
});

test('among ready nodes the smallest id goes first', (t) => {
  // 3 → 1, 2 → 0; sources 2, 3 and 4.
  const dag = compactGraphFromEdges(5, [3, 2], [1, 0]);
  t.deepEqual([...topologicalOrder(dag)], [2, 0, 3, 1, 4]);
});

test('a cycle is an internal error', (t) => {
  const g = compactGraphFromEdges(3, [0, 1, 2], [1, 2, 1]);
  const error = t.throws(() => topologicalOrder(g), { instanceOf: ImportGraphError });
  t.is(error?.code, 'E_INTERNAL');
});
