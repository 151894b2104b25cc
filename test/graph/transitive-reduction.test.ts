// The build order must keep exactly the edges no other path implies: each method checked against the definition (brute force, graphlib) and against the other.
import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import graphlib from 'graphlib';
import { ImportGraphError } from '../../src/errors.js';
import { compactGraphFromEdges, edgeCount, type CompactGraph } from '../../src/graph/compact-graph.js';
import { reachesEach } from '../../src/graph/reach-queries.js';
import { reductionAnswering, transitiveReduction, type TransitiveReductionOptions } from '../../src/graph/transitive-reduction.js';
import { bruteForceClosure, edgeList, randomDag, randomGraph, shuffledIds } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

// The definition: keep u→v iff no other path leads from u to v, i.e. no other successor w of u reaches v.
function bruteForceReduction(dag: CompactGraph): string[] {
  const reach = bruteForceClosure(dag);
  const kept: string[] = [];
  for (let u = 0; u < dag.nodeCount; u++) {
    const row = [...dag.targets.subarray(dag.offsets[u], dag.offsets[u + 1])];
    for (const v of row) {
      if (!row.some((w) => w !== v && reach[w][v])) kept.push(`${u}>${v}`);
    }
  }
  return kept.sort();
}

function sameReductionAndClosure(t: ExecutionContext, label: string, dag: CompactGraph, options?: TransitiveReductionOptions): boolean {
  const reduced = transitiveReduction(dag, options);
  const expected = bruteForceReduction(dag);
  const got = edgeList(reduced);
  if (got.join(' ') !== expected.join(' ')) {
    t.deepEqual(got, expected, `${label}: reduction differs from the brute-force one`);
    return false;
  }
  if (JSON.stringify(bruteForceClosure(reduced)) !== JSON.stringify(bruteForceClosure(dag))) {
    t.fail(`${label}: the closure of the reduction differs from the closure of the input`);
    return false;
  }
  return true;
}

// Densities from sparse (mostly in-degree ≤ 1) to dense (almost every node has in-degree ≥ 2).
const reductionMacro = test.macro({
  exec(t, seed: number, count: number, maxNodes: number, edgesPerNode: number, options?: TransitiveReductionOptions) {
    const random = seededRandom(seed);
    for (let i = 0; i < count; i++) {
      const n = 1 + random.int(maxNodes);
      const dag = randomDag(random, n, random.int(Math.ceil(edgesPerNode * n) + 1));
      if (!sameReductionAndClosure(t, `DAG ${i} (n=${n})`, dag, options)) return;
    }
    t.pass();
  },
  title: (given, seed: number, count: number, maxNodes: number, edgesPerNode: number, options?: TransitiveReductionOptions) =>
    given ??
    `${options?.method ?? 'auto'}: equals the brute-force reduction on ${count} random DAGs of up to ${maxNodes} nodes, ~${edgesPerNode} edges per node` +
      (options?.memoryBudgetBytes !== undefined ? ', in many column blocks' : ''),
});

for (const method of ['auto', 'intervals', 'bitsets'] as const) {
  test(reductionMacro, 31, 1500, 30, 1, { method });
  test(reductionMacro, 32, 1500, 30, 3, { method });
  test(reductionMacro, 33, 500, 80, 8, { method });
  test(reductionMacro, 34, 100, 200, 20, { method });
}
// A budget of one 32-bit word per row forces one pass per 32 columns.
test(reductionMacro, 35, 300, 150, 6, { method: 'bitsets', memoryBudgetBytes: 1 });

// An independent oracle: u→v is kept iff no other successor of u reaches v, reach by graphlib's preorder walk.
function graphlibReduction(dag: CompactGraph): string[] {
  const lib = new graphlib.Graph({ directed: true });
  for (let v = 0; v < dag.nodeCount; v++) lib.setNode(String(v));
  for (const edge of edgeList(dag)) lib.setEdge(...(edge.split('>') as [string, string]));
  const kept: string[] = [];
  for (let u = 0; u < dag.nodeCount; u++) {
    const successors = (lib.successors(String(u)) ?? []) as string[];
    for (const v of successors) {
      const others = successors.filter((w) => w !== v);
      const reached = others.length > 0 && graphlib.alg.preorder(lib, others).includes(v);
      if (!reached) kept.push(`${u}>${v}`);
    }
  }
  return kept.sort();
}

// Any DAG: an edge list over a hidden rank, numbered by a random permutation (fast-check shrinks a failure to a small one).
const arbitraryDag = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      rank: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n }),
    }),
  )
  .map(({ n, rank, pairs }) => {
    const edges = pairs.filter(([a, b]) => a !== b);
    return compactGraphFromEdges(
      n,
      edges.map(([a, b]) => rank[Math.min(a, b)]),
      edges.map(([a, b]) => rank[Math.max(a, b)]),
    );
  });

test('every method equals the graphlib-checked reduction on arbitrary DAGs (fast-check)', (t) => {
  fc.assert(
    fc.property(arbitraryDag, (dag) => {
      const expected = graphlibReduction(dag);
      for (const method of ['auto', 'intervals', 'bitsets'] as const) {
        t.deepEqual(edgeList(transitiveReduction(dag, { method })), expected, method);
      }
    }),
    { numRuns: 400, seed: 9 },
  );
});

// Layers of packages, each a chain with random shortcuts, importing random lower packages: the shape interval lists are for.
function packagedDag(seed: number, packages: number, size: number): CompactGraph {
  const random = seededRandom(seed);
  const rank = shuffledIds(random, packages * size);
  const from: number[] = [];
  const to: number[] = [];
  for (let p = 0; p < packages; p++) {
    for (let i = 0; i < size; i++) {
      const u = p * size + i;
      if (i + 1 < size) (from.push(rank[u]), to.push(rank[u + 1]));
      if (i + 3 < size) (from.push(rank[u]), to.push(rank[u + 1 + random.int(size - i - 1)]));
      if (p + 1 < packages && random.int(4) === 0) {
        from.push(rank[u]);
        to.push(rank[(p + 1 + random.int(packages - p - 1)) * size + random.int(size)]);
      }
    }
  }
  return compactGraphFromEdges(packages * size, from, to);
}

test('the interval and bitset methods agree on package-shaped DAGs of 20,000 nodes', (t) => {
  for (const seed of [1, 2, 3]) {
    const dag = packagedDag(seed, 200, 100);
    const intervals = transitiveReduction(dag, { method: 'intervals' });
    t.deepEqual(intervals, transitiveReduction(dag, { method: 'bitsets' }), `seed ${seed}`);
    t.deepEqual(transitiveReduction(dag), intervals, `seed ${seed}, auto`);
  }
});

// Three layers, each node linked to a random half of the layers below: reach sets are random subsets that fragment
// into many intervals (here the interval method's work passes twice the bitset bound, so auto gives way to bitsets).
test('a DAG whose reach sets do not compress is still reduced exactly', (t) => {
  const random = seededRandom(77);
  const [top, middle, bottom] = [200, 200, 400];
  const n = top + middle + bottom;
  const from: number[] = [];
  const to: number[] = [];
  const link = (u: number, v: number, p: number): void => {
    if (random.next() < p) (from.push(u), to.push(v));
  };
  for (let u = 0; u < top; u++) {
    for (let v = top; v < top + middle; v++) link(u, v, 0.05);
    for (let v = top + middle; v < n; v++) link(u, v, 0.5);
  }
  for (let u = top; u < top + middle; u++) for (let v = top + middle; v < n; v++) link(u, v, 0.5);
  const dag = compactGraphFromEdges(n, from, to);
  t.true(sameReductionAndClosure(t, 'auto', dag));
  const auto = transitiveReduction(dag);
  t.deepEqual(transitiveReduction(dag, { method: 'intervals' }), auto);
  t.deepEqual(transitiveReduction(dag, { method: 'bitsets' }), auto);
});

test('a 1,000,000-node chain with shortcuts over one and two nodes reduces to the chain, without recursion', (t) => {
  const n = 1_000_000;
  const from = new Int32Array(3 * n - 3 - 2);
  const to = new Int32Array(from.length);
  let k = 0;
  for (let i = 0; i + 1 < n; i++) {
    for (let step = 1; step <= 3 && i + step < n; step++) {
      // Ids run against the topological order, so the depth-first search goes the whole length.
      from[k] = n - 1 - i;
      to[k++] = n - 1 - i - step;
    }
  }
  const reduced = transitiveReduction(compactGraphFromEdges(n, from, to));
  t.is(edgeCount(reduced), n - 1);
  let chainOnly = true;
  for (let v = 1; v < n; v++) if (reduced.offsets[v + 1] - reduced.offsets[v] !== 1 || reduced.targets[reduced.offsets[v]] !== v - 1) chainOnly = false;
  t.true(chainOnly);
});

test('keeps only the edges not implied by other paths', (t) => {
  // 0→1→2→3 plus shortcuts 0→2, 0→3, 1→3, and 4→3 (kept: 3 has two parents but 4 has one path).
  const dag = compactGraphFromEdges(5, [0, 1, 2, 0, 0, 1, 4], [1, 2, 3, 2, 3, 3, 3]);
  t.deepEqual(edgeList(transitiveReduction(dag)), ['0>1', '1>2', '2>3', '4>3']);
});

test('a graph with no node of in-degree two comes back unchanged', (t) => {
  const tree = compactGraphFromEdges(6, [0, 0, 1, 1, 2], [1, 2, 3, 4, 5]);
  t.deepEqual(edgeList(transitiveReduction(tree)), edgeList(tree));
  t.is(edgeCount(transitiveReduction(compactGraphFromEdges(0, [], []))), 0);
});

test('a complete DAG reduces to its Hamiltonian path', (t) => {
  const n = 120;
  const from: number[] = [];
  const to: number[] = [];
  // Every edge from a higher id to a lower one, so the path is n-1 → … → 0.
  for (let u = 0; u < n; u++) {
    for (let v = 0; v < u; v++) {
      from.push(u);
      to.push(v);
    }
  }
  const expected = Array.from({ length: n - 1 }, (_, i) => `${i + 1}>${i}`).sort();
  t.deepEqual(edgeList(transitiveReduction(compactGraphFromEdges(n, from, to), { method: 'intervals' })), expected);
  t.deepEqual(edgeList(transitiveReduction(compactGraphFromEdges(n, from, to), { method: 'bitsets', memoryBudgetBytes: 1 })), expected);
});

test('a cycle is an internal error', (t) => {
  const g = compactGraphFromEdges(3, [0, 1, 2], [1, 2, 1]);
  for (const method of ['auto', 'intervals', 'bitsets'] as const) {
    t.is(t.throws(() => transitiveReduction(g, { method }), { instanceOf: ImportGraphError })?.code, 'E_INTERNAL');
  }
});

test('reductionAnswering answers reach questions as the reach queries do, and not after falling back to bitsets', (t) => {
  const random = seededRandom(21);
  for (let round = 0; round < 100; round++) {
    const n = 1 + random.int(60);
    const dag = randomDag(random, n, random.int(1 + 4 * n));
    const questions = randomGraph(random, n, random.int(1 + 5 * n));
    const { reduced, answers } = reductionAnswering(dag, questions);
    t.deepEqual(reduced, transitiveReduction(dag));
    t.deepEqual(answers, reachesEach(dag, questions));
    t.is(reductionAnswering(dag, questions, { method: 'bitsets' }).answers, undefined);
  }
});
