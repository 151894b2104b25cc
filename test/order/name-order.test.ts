// What reducedNameOrder remembers of the order it makes (honoured imports, reach as the name order, rows for the kept links) must be what searching would find.
import test from 'ava';
import type { CompactGraph } from '../../src/graph/compact-graph.js';
import { componentMembers } from '../../src/graph/condense.js';
import { componentKeptLinks } from '../../src/graph/kept-links.js';
import { reachesEach } from '../../src/graph/reach-queries.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { honouredImports } from '../../src/order/honoured-imports.js';
import { nameOrderEdges, reducedNameOrder } from '../../src/order/name-order.js';
import { reachesAsNameOrder } from '../../src/order/name-order-reach.js';
import { overviewGraph } from '../../src/write/overview-dot.js';
import { randomImports } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

const rows = (g: CompactGraph): string => `${Array.from(g.offsets)}|${Array.from(g.targets)}`;
// The same graph as a new object: nothing remembered for it.
const copy = (g: CompactGraph): CompactGraph => ({ nodeCount: g.nodeCount, offsets: g.offsets.slice(), targets: g.targets.slice() });

test('reducedNameOrder: the reduction, its honoured imports, its reach, the kept links and the overview all as found by searching', (t) => {
  const random = seededRandom(11);
  for (let round = 0; round < 300; round++) {
    const imports = randomImports(random, 40);
    const scc = stronglyConnectedComponents(imports);
    const members = componentMembers(scc);
    const order = reducedNameOrder(imports, scc.componentOf);
    const fresh = copy(order);
    t.is(rows(order), rows(transitiveReduction(nameOrderEdges(imports, scc.componentOf))));
    t.deepEqual(honouredImports(order, imports), reachesEach(fresh, imports));
    t.true(reachesAsNameOrder(order, imports, scc, members, honouredImports(order, imports)));
    t.true(reachesAsNameOrder(fresh, imports, scc, members, reachesEach(fresh, imports)));
    const kept = Uint8Array.from({ length: scc.count }, () => (random.next() < 0.5 ? 1 : 0));
    const other = copy(imports);
    t.is(rows(componentKeptLinks(imports, scc, members, kept)), rows(componentKeptLinks(other, scc, members, kept)));
    const names = Array.from({ length: imports.nodeCount }, (_, v) => `m${v}`);
    t.deepEqual(overviewGraph({ names, graph: imports, scc }), overviewGraph({ names, graph: other, scc }));
  }
});
