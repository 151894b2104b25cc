// The summary reports the critical path: checked against enumeration of every path on small DAGs.
import test from 'ava';
import { compactGraphFromEdges, type CompactGraph } from '../../src/graph/compact-graph.js';
import { longestPath } from '../../src/graph/longest-path.js';
import { randomDag } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

// Every path from every node, by explicit enumeration; the best is the heaviest, then the lexicographically smallest.
function bruteForceLongest(dag: CompactGraph, weight: number[]): { cost: number; path: number[] } {
  let best = { cost: 0, path: [] as number[] };
  const better = (cost: number, path: number[]): boolean => {
    if (cost !== best.cost) return cost > best.cost;
    for (let i = 0; i < Math.min(path.length, best.path.length); i++) {
      if (path[i] !== best.path[i]) return path[i] < best.path[i];
    }
    return path.length < best.path.length;
  };
  const stack: { path: number[]; cost: number }[] = [];
  for (let v = 0; v < dag.nodeCount; v++) stack.push({ path: [v], cost: weight[v] });
  while (stack.length > 0) {
    const { path, cost } = stack.pop()!;
    if (best.path.length === 0 || better(cost, path)) best = { cost, path };
    const last = path[path.length - 1];
    for (let e = dag.offsets[last]; e < dag.offsets[last + 1]; e++) {
      const s = dag.targets[e];
      stack.push({ path: [...path, s], cost: cost + weight[s] });
    }
  }
  return best;
}

test('the critical path is the heaviest chain, smallest ids on ties, on 1,000 random DAGs', (t) => {
  const random = seededRandom(41);
  for (let i = 0; i < 1000; i++) {
    const n = 1 + random.int(12);
    const dag = randomDag(random, n, random.int(2 * n));
    const unit = i % 2 === 0;
    const weight = Array.from({ length: n }, () => (unit ? 1 : 1 + random.int(4)));
    const got = longestPath(dag, unit ? undefined : Float64Array.from(weight));
    const expected = bruteForceLongest(dag, weight);
    if (got.cost !== expected.cost || got.path.join() !== expected.path.join() || got.modules !== expected.path.length) {
      t.deepEqual({ cost: got.cost, path: [...got.path], modules: got.modules }, { ...expected, modules: expected.path.length }, `DAG ${i}`);
      return;
    }
  }
  t.pass();
});

test('with unit weights the cost is the number of modules on the path', (t) => {
  // 0→1→3, 0→2→3, 3→4: two longest paths, the one through 1 wins.
  const dag = compactGraphFromEdges(5, [0, 0, 1, 2, 3], [1, 2, 3, 3, 4]);
  const result = longestPath(dag);
  t.deepEqual({ ...result, path: [...result.path] }, { modules: 4, cost: 4, path: [0, 1, 3, 4] });
});

test('weights choose a shorter but heavier chain', (t) => {
  const dag = compactGraphFromEdges(5, [0, 1, 2, 3], [1, 2, 3, 4]);
  const withHeavyNode = compactGraphFromEdges(6, [0, 1, 2, 3], [1, 2, 3, 4]);
  t.is(longestPath(dag).modules, 5);
  const result = longestPath(withHeavyNode, Float64Array.from([1, 1, 1, 1, 1, 10]));
  t.deepEqual([...result.path], [5]);
  t.is(result.cost, 10);
});

test('an empty graph has an empty critical path', (t) => {
  const result = longestPath(compactGraphFromEdges(0, [], []));
  t.is(result.modules, 0);
  t.is(result.cost, 0);
});
