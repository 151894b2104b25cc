// Orders that reach exactly what Mercury's default reaches are recognised, others are not (checked against closures computed the slow way), and those recognised build as the default does.
import test from 'ava';
import { compactGraphFromEdges, forEachEdge, type CompactGraph } from '../../src/graph/compact-graph.js';
import { componentMembers } from '../../src/graph/condense.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { topologicalOrder } from '../../src/graph/topological-order.js';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { scheduleBuild } from '../../src/order/build-plan.js';
import { honouredImports } from '../../src/order/honoured-imports.js';
import { remainingWork } from '../../src/order/make-priority.js';
import { nameOrderEdges } from '../../src/order/name-order.js';
import { reachesAsNameOrder } from '../../src/order/name-order-reach.js';
import { closureNamePairs } from '../helpers/library-graph.js';
import { randomImports } from '../helpers/graphs.js';
import { seededRandom, type Random } from '../helpers/random.js';

/** Every pair (v, w) with w reachable from v: a search from each node. */
const closure = (g: CompactGraph): Set<string> => closureNamePairs(g, Array.from({ length: g.nodeCount }, (_, v) => String(v)));

const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** Orders near the default: the default itself, reduced or not, and the default with an edge dropped, added or a chain's two members swapped (those that stay acyclic). */
function candidateOrders(imports: CompactGraph, componentOf: Int32Array, random: Random): CompactGraph[] {
  const unreduced = nameOrderEdges(imports, componentOf);
  const reduced = transitiveReduction(unreduced);
  const n = imports.nodeCount;
  const edges = (g: CompactGraph): [number, number][] => {
    const list: [number, number][] = [];
    forEachEdge(g, (v, w) => list.push([v, w]));
    return list;
  };
  const graphOf = (list: [number, number][]): CompactGraph => compactGraphFromEdges(n, list.map((e) => e[0]), list.map((e) => e[1]));
  const orders = [unreduced, reduced];
  const base = edges(random.next() < 0.5 ? reduced : unreduced);
  if (base.length > 0) orders.push(graphOf(base.filter((_, i) => i !== random.int(base.length))));
  // An edge from a module to one placed before it top-down keeps the order acyclic.
  const topDown = topologicalOrder(reduced);
  const i = random.int(n);
  const j = random.int(n);
  if (i !== j) orders.push(graphOf([...base, [topDown[Math.max(i, j)], topDown[Math.min(i, j)]]]));
  const a = random.int(n);
  const b = random.int(n);
  if (a !== b && componentOf[a] === componentOf[b]) {
    const swap = (v: number): number => (v === a ? b : v === b ? a : v);
    orders.push(graphOf(base.map(([v, w]) => [swap(v), swap(w)])));
  }
  // An order is acyclic (a swap can close a cycle through a lower SCC).
  return orders.filter((g) => stronglyConnectedComponents(g).count === n);
}

test('reachesAsNameOrder says whether an order reaches exactly the pairs the default reaches, on thousands of random graphs', (t) => {
  const random = seededRandom(20261204);
  let same = 0;
  let different = 0;
  for (let round = 0; round < 2000; round++) {
    const imports = randomImports(random, 10);
    const components = stronglyConnectedComponents(imports);
    const expected = closure(nameOrderEdges(imports, components.componentOf));
    for (const order of candidateOrders(imports, components.componentOf, random)) {
      const truth = sameSet(closure(order), expected);
      const answer = reachesAsNameOrder(order, imports, components, componentMembers(components), honouredImports(order, imports));
      if (answer !== truth) return t.fail(`round ${round}: said ${answer}, closures ${truth ? 'equal' : 'differ'}`);
      if (truth) same++;
      else different++;
    }
  }
  t.log(`${same} orders reach as the default, ${different} do not`);
  t.true(same > 1000 && different > 1000, `${same} / ${different}`);
});

test('an order recognised builds as the default does: the same -j8 schedule for any costs that are not negative', (t) => {
  const random = seededRandom(20261205);
  for (let round = 0; round < 1000; round++) {
    const imports = randomImports(random, 10);
    const components = stronglyConnectedComponents(imports);
    const unreduced = nameOrderEdges(imports, components.componentOf);
    const order = transitiveReduction(unreduced);
    t.true(reachesAsNameOrder(order, imports, components, componentMembers(components), honouredImports(order, imports)));
    // Whole costs and zeros make ties, where a difference in the schedule would show.
    const weight = Float64Array.from({ length: imports.nodeCount }, () => random.int(4));
    const jobs = 1 + random.int(8);
    const schedule = (g: CompactGraph) => scheduleBuild(g, weight, remainingWork(g, weight, topologicalOrder(g)), jobs);
    const [a, b] = [schedule(order), schedule(unreduced)];
    t.deepEqual(a, b);
  }
});
