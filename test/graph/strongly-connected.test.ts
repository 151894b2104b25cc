// SCCs are the unit of mutual dependency: checked against two independent libraries and for the id order the rest relies on.
import test from 'ava';
import graphlib from 'graphlib';
import TarjanGraphModule from 'tarjan-graph';
import type { CompactGraph } from '../../src/graph/compact-graph.js';
import { compactGraphFromEdges, forEachEdge } from '../../src/graph/compact-graph.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { randomGraph } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

// tarjan-graph is CommonJS with `exports.default`; under Node's ESM loader the default import is module.exports.
const TarjanGraph = TarjanGraphModule.default;

// Components as a canonical string: each component's sorted members, components sorted.
function canonical(components: number[][]): string {
  return components
    .map((c) => [...c].sort((a, b) => a - b).join(','))
    .sort()
    .join(' | ');
}

function ours(g: CompactGraph): string {
  const { count, componentOf } = stronglyConnectedComponents(g);
  const components: number[][] = Array.from({ length: count }, () => []);
  componentOf.forEach((c, v) => components[c].push(v));
  return canonical(components);
}

function byGraphlib(g: CompactGraph): string {
  const lib = new graphlib.Graph({ directed: true });
  for (let v = 0; v < g.nodeCount; v++) lib.setNode(String(v));
  forEachEdge(g, (u, v) => lib.setEdge(String(u), String(v)));
  return canonical(graphlib.alg.tarjan(lib).map((c) => c.map(Number)));
}

function byTarjanGraph(g: CompactGraph): string {
  const lib = new TarjanGraph();
  for (let v = 0; v < g.nodeCount; v++) {
    lib.add(String(v), [...g.targets.subarray(g.offsets[v], g.offsets[v + 1])].map(String));
  }
  return canonical(lib.getStronglyConnectedComponents().map((c) => c.map((vertex) => Number(vertex.name))));
}

function crossEdgesPointToLowerIds(t: import('ava').ExecutionContext, g: CompactGraph): void {
  const { componentOf } = stronglyConnectedComponents(g);
  let bad = 0;
  forEachEdge(g, (u, v) => {
    if (componentOf[u] !== componentOf[v] && componentOf[u] < componentOf[v]) bad++;
  });
  t.is(bad, 0, 'every edge between components goes from a higher id to a lower one');
}

// Sizes stay far below the libraries' recursion limits (about 2,300 deep).
const densities = [0.5, 1, 1.5, 2, 4];
test('components equal those of graphlib and tarjan-graph on 3,000 seeded random graphs', (t) => {
  const random = seededRandom(2);
  let checked = 0;
  for (let i = 0; i < 3000; i++) {
    const n = 1 + random.int(i < 2500 ? 40 : 400);
    const g = randomGraph(random, n, Math.round(n * densities[i % densities.length]));
    const expected = byGraphlib(g);
    t.is(byTarjanGraph(g), expected, `oracles agree on graph ${i}`); // guards the oracles themselves
    if (ours(g) !== expected) {
      t.fail(`graph ${i} (n=${n}): got ${ours(g)}, expected ${expected}`);
      return;
    }
    crossEdgesPointToLowerIds(t, g);
    checked++;
  }
  t.is(checked, 3000);
});

test('component ids run from sinks (0) to sources, in completion order', (t) => {
  // 0 ⇄ 1 → 2 ⇄ 3 → 4, and 5 alone pointing at 0.
  const g = compactGraphFromEdges(6, [0, 1, 1, 2, 3, 3, 5], [1, 0, 2, 3, 2, 4, 0]);
  const { count, componentOf } = stronglyConnectedComponents(g);
  t.is(count, 4);
  t.deepEqual([...componentOf], [2, 2, 1, 1, 0, 3]);
});

test('the numbering is the same on every run for the same graph', (t) => {
  const g = randomGraph(seededRandom(7), 500, 900);
  t.deepEqual(stronglyConnectedComponents(g), stronglyConnectedComponents(g));
});

test('self loops and isolated nodes are components of one', (t) => {
  const g = compactGraphFromEdges(3, [1], [1], { keepSelfLoops: true });
  const scc = stronglyConnectedComponents(g);
  t.is(scc.count, 3);
  t.deepEqual([...scc.componentOf], [0, 1, 2]);
});

test('an empty graph has no components', (t) => {
  const scc = stronglyConnectedComponents(compactGraphFromEdges(0, [], []));
  t.is(scc.count, 0);
  t.is(scc.componentOf.length, 0);
});
