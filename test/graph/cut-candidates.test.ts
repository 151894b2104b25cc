// Cut candidates say truthfully what removing their imports leaves: checked against an independent SCC library, on the standard library and random graphs.
import test from 'ava';
import graphlib from 'graphlib';
import { forEachEdge, type CompactGraph } from '../../src/graph/compact-graph.js';
import { cutCandidates } from '../../src/graph/cut-candidates.js';
import { feedbackArcs } from '../../src/graph/feedback-arcs.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { randomGraph } from '../helpers/graphs.js';
import { libraryGraph } from '../helpers/library-graph.js';
import { seededRandom } from '../helpers/random.js';

/** SCC sizes of `members` in g without the edges in `removed` (indices into g.targets), by graphlib's Tarjan: largest first. */
function oracleSizes(g: CompactGraph, members: ArrayLike<number>, removed: ReadonlySet<number>): number[] {
  const inside = new Set(Array.from(members));
  const lib = new graphlib.Graph({ directed: true });
  for (const v of inside) lib.setNode(String(v));
  for (let v = 0; v < g.nodeCount; v++) {
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      if (inside.has(v) && inside.has(g.targets[e]) && !removed.has(e)) lib.setEdge(String(v), String(g.targets[e]));
    }
  }
  return graphlib.alg.tarjan(lib).map((c) => c.length).sort((a, b) => b - a);
}

function multiModuleSccs(g: CompactGraph): Int32Array[] {
  const { count, componentOf } = stronglyConnectedComponents(g);
  const lists: number[][] = Array.from({ length: count }, () => []);
  componentOf.forEach((c, v) => lists[c].push(v));
  return lists.filter((l) => l.length >= 2).map((l) => Int32Array.from(l));
}

test('on the standard library, every cut of the 85-module SCC leaves exactly the SCC sizes it claims, and splits it', async (t) => {
  const { graph } = await libraryGraph();
  const weight = new Float64Array(graph.targets.length).fill(1);
  const [scc] = multiModuleSccs(graph);
  t.is(scc.length, 85);
  const cuts = cutCandidates(graph, weight, scc, new Int32Array(graph.nodeCount).fill(-1));
  t.is(cuts.internalImports, 1237);
  t.true(cuts.candidates.length >= 5);
  for (const c of cuts.candidates) {
    t.deepEqual(c.sizesAfter, oracleSizes(graph, scc, new Set(c.imports.map((i) => i.edge))));
    t.true(c.sizesAfter[0] < 85, 'each cut splits the SCC');
    t.is(c.weight, c.imports.length);
    for (const i of c.imports) t.is(graph.targets[i.edge], i.imported);
  }
  // The best cut is the cheapest per module split off.
  const perModule = cuts.candidates.map((c) => c.weight / (85 - c.sizesAfter[0]));
  t.is(Math.min(...perModule), perModule[0]);
});

test('on random graphs, cut sizes match graphlib and the feedback arcs leave no cycle', (t) => {
  const random = seededRandom(7);
  for (let round = 0; round < 40; round++) {
    const n = 5 + random.int(40);
    const g = randomGraph(random, n, n * (1 + random.int(4)));
    const weight = Float64Array.from(g.targets, () => 1 + random.int(5));
    const arcs = new Set(feedbackArcs(g, weight));
    const lib = new graphlib.Graph({ directed: true });
    for (let v = 0; v < n; v++) lib.setNode(String(v));
    let e = 0;
    forEachEdge(g, (from, to) => {
      if (!arcs.has(e++)) lib.setEdge(String(from), String(to));
    });
    t.true(graphlib.alg.isAcyclic(lib), `round ${round}: removing the feedback arcs leaves a DAG`);
    for (const scc of multiModuleSccs(g)) {
      const cuts = cutCandidates(g, weight, scc, new Int32Array(n).fill(-1));
      for (const c of cuts.candidates) t.deepEqual(c.sizesAfter, oracleSizes(g, scc, new Set(c.imports.map((i) => i.edge))));
    }
  }
});
