// keptLinks gives exactly the reduced reach-through links (transitiveReduction ∘ reachThrough) on random DAGs, numbered either way.
import test from 'ava';
import { componentMembers, condense } from '../../src/graph/condense.js';
import { componentKeptLinks, keptLinks } from '../../src/graph/kept-links.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { reachThrough } from '../../src/graph/reach-through.js';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { edgeList, randomDag, randomGraph } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

test('keptLinks equals transitiveReduction(reachThrough(...)) on random DAGs', (t) => {
  const random = seededRandom(9);
  for (let round = 0; round < 400; round++) {
    const n = 1 + random.int(round < 300 ? 40 : 300);
    const dag = randomDag(random, n, random.int(n * 4));
    const share = random.next();
    const kept = Uint8Array.from({ length: n }, () => (random.next() < share ? 1 : 0));
    t.deepEqual(edgeList(keptLinks(dag, kept)), edgeList(transitiveReduction(reachThrough(dag, kept))), `round ${round}`);
  }
});

test('on a chain with every other node kept, each kept node links to the next kept one', (t) => {
  const n = 9;
  // v → v-1: every edge to a lower id, as in a condensation.
  const dag = { nodeCount: n, offsets: Int32Array.from({ length: n + 1 }, (_, v) => Math.max(0, v - 1)), targets: Int32Array.from({ length: n - 1 }, (_, i) => i) };
  const kept = Uint8Array.from({ length: n }, (_, v) => (v % 2 === 0 ? 1 : 0));
  t.deepEqual(edgeList(keptLinks(dag, kept)), ['2>0', '4>2', '6>4', '8>6']);
});

test('componentKeptLinks equals keptLinks on the condensation, read off the graph itself', (t) => {
  const random = seededRandom(10);
  for (let round = 0; round < 300; round++) {
    const n = 1 + random.int(round < 200 ? 40 : 300);
    const graph = randomGraph(random, n, random.int(n * 3));
    const scc = stronglyConnectedComponents(graph);
    const members = componentMembers(scc);
    const share = random.next();
    const kept = Uint8Array.from({ length: scc.count }, () => (random.next() < share ? 1 : 0));
    t.deepEqual(componentKeptLinks(graph, scc, members, kept), keptLinks(condense(graph, scc), kept), `round ${round}`);
  }
});
