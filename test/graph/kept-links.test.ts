// keptLinks gives exactly the reduced reach-through links (transitiveReduction ∘ reachThrough) on random DAGs, numbered either way.
import test from 'ava';
import { keptLinks } from '../../src/graph/kept-links.js';
import { reachThrough } from '../../src/graph/reach-through.js';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { edgeList, randomDag } from '../helpers/graphs.js';
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
