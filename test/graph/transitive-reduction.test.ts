// The build order must keep exactly the edges no other path implies: checked against the definition, by brute force.
import test, { type ExecutionContext } from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { compactGraphFromEdges, edgeCount, type CompactGraph } from '../../src/graph/compact-graph.js';
import { transitiveReduction, type TransitiveReductionOptions } from '../../src/graph/transitive-reduction.js';
import { bruteForceClosure, edgeList, randomDag } from '../helpers/graphs.js';
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
  title: (given, seed, count, maxNodes, edgesPerNode, options) =>
    given ??
    `equals the brute-force reduction on ${count} random DAGs of up to ${maxNodes} nodes, ~${edgesPerNode} edges per node` +
      (options ? ', in many column blocks' : ''),
});

test(reductionMacro, 31, 1500, 30, 1);
test(reductionMacro, 32, 1500, 30, 3);
test(reductionMacro, 33, 500, 80, 8);
test(reductionMacro, 34, 100, 200, 20);
// A budget of one 32-bit word per row forces one pass per 32 columns.
test(reductionMacro, 35, 300, 150, 6, { memoryBudgetBytes: 1 });

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
  const reduced = transitiveReduction(compactGraphFromEdges(n, from, to), { memoryBudgetBytes: 1 });
  t.deepEqual(edgeList(reduced), Array.from({ length: n - 1 }, (_, i) => `${i + 1}>${i}`).sort());
});

test('a cycle is an internal error', (t) => {
  const g = compactGraphFromEdges(2, [0, 1], [1, 0]);
  t.is(t.throws(() => transitiveReduction(g), { instanceOf: ImportGraphError })?.code, 'E_INTERNAL');
});
