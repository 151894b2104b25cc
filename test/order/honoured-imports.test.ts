// Per-import honoured flags agree with a brute-force closure, and with build-plan's count.
import test from 'ava';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { buildPlan } from '../../src/order/build-plan.js';
import { reachesEach } from '../../src/graph/reach-queries.js';
import { honouredImports, honouringReduction } from '../../src/order/honoured-imports.js';
import { bruteForceClosure, randomDag, randomGraph } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

test('an import is honoured exactly when the order reaches the imported module from the importer', (t) => {
  const random = seededRandom(11);
  for (let round = 0; round < 30; round++) {
    const n = 1 + random.int(70);
    const order = transitiveReduction(randomDag(random, n, random.int(3 * n)));
    const imports = randomGraph(random, n, random.int(4 * n));
    const flags = honouredImports(order, imports);
    const reach = bruteForceClosure(order);
    for (let a = 0; a < n; a++) {
      for (let e = imports.offsets[a]; e < imports.offsets[a + 1]; e++) t.is(flags[e] === 1, reach[a][imports.targets[e]], `${a} -> ${imports.targets[e]}`);
    }
    const count = flags.reduce((sum, f) => sum + f, 0);
    t.is(count, buildPlan(order, imports, new Float64Array(n).fill(1), Array.from({ length: n }, (_, i) => `m${i}`)).honoured.count);
  }
});

test('an order reduced by honouringReduction has the flags of a fresh search, and the same reduction', (t) => {
  const random = seededRandom(12);
  for (let round = 0; round < 100; round++) {
    const n = 1 + random.int(70);
    const unreduced = randomDag(random, n, random.int(4 * n));
    const imports = randomGraph(random, n, random.int(4 * n));
    const order = honouringReduction(unreduced, imports);
    t.deepEqual(order, transitiveReduction(unreduced));
    const fresh = reachesEach(order, imports);
    t.deepEqual(honouredImports(order, imports), fresh);
    // Another question graph on the same order is searched, not read from the reduction's flags.
    const other = randomGraph(random, n, random.int(4 * n));
    t.deepEqual(honouredImports(order, other), reachesEach(order, other));
  }
});
