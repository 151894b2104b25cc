import test from 'ava';
import { autoOrder } from '../../src/order/auto-order.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { buildPlan } from '../../src/order/build-plan.js';
import { componentMembers } from '../../src/graph/condense.js';
import { componentKeptLinks } from '../../src/graph/kept-links.js';
import { reachesEach } from '../../src/graph/reach-queries.js';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { honouredImports, honouringReduction } from '../../src/order/honoured-imports.js';
import { bruteLongest, closure, library, randomCase } from './order-helpers.js';

const CASES = 1500;

test('auto order is an acyclic subset of the imports, honours what it claims and keeps every inter-SCC import', (t) => {
  for (let seed = 1; seed <= CASES; seed++) {
    const { graph, weight } = randomCase(seed);
    const options = seed % 3 === 0 ? { maxDepth: 1 + (seed % 5) } : seed % 3 === 1 ? { maxCriticalPath: 10 + (seed % 50) } : {};
    const r = autoOrder(graph, weight, { ...options, effort: 0.003 });
    const reach = closure(r.order);
    const imports = new Set<string>();
    for (let a = 0; a < graph.nodeCount; a++) for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) imports.add(`${a}>${graph.targets[e]}`);
    for (let a = 0; a < graph.nodeCount; a++) {
      if (reach[a][a]) return t.fail(`seed ${seed}: cycle through ${a}`);
      for (let e = r.order.offsets[a]; e < r.order.offsets[a + 1]; e++) {
        if (!imports.has(`${a}>${r.order.targets[e]}`)) return t.fail(`seed ${seed}: ${a}->${r.order.targets[e]} is not an import`);
      }
    }
    const scc = stronglyConnectedComponents(graph);
    const given = new Set(r.givenUp.map((g) => `${g.from}>${g.to}`));
    let honoured = 0;
    for (let a = 0; a < graph.nodeCount; a++) {
      for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) {
        const b = graph.targets[e];
        if (reach[a][b]) honoured++;
        if (reach[a][b] === given.has(`${a}>${b}`)) return t.fail(`seed ${seed}: ${a}->${b} honoured=${reach[a][b]} but givenUp=${given.has(`${a}>${b}`)}`);
        if (scc.componentOf[a] !== scc.componentOf[b] && !reach[a][b]) return t.fail(`seed ${seed}: inter-SCC import ${a}->${b} dropped`);
      }
    }
    if (honoured !== r.honoured) return t.fail(`seed ${seed}: claims ${r.honoured}, honours ${honoured}`);
  }
  t.pass();
});

test("the reduced auto order carries the honoured imports (no search) and its rows give the import graph's kept links", (t) => {
  for (let seed = 1; seed <= 300; seed++) {
    const { graph, weight } = randomCase(seed);
    const scc = stronglyConnectedComponents(graph);
    const members = componentMembers(scc);
    const big = Uint8Array.from({ length: scc.count }, (_, c) => (members.offsets[c + 1] - members.offsets[c] >= 2 ? 1 : 0));
    // The links read off the import graph's own rows, before any order has recorded rows for it.
    const links = componentKeptLinks(graph, scc, members, big);
    const r = autoOrder(graph, weight, { effort: 0.003, components: scc });
    const order = honouringReduction(r.order, graph);
    t.deepEqual(order, transitiveReduction(r.order), `seed ${seed}`);
    t.deepEqual(honouredImports(order, graph), reachesEach(order, graph), `seed ${seed}`);
    t.deepEqual(componentKeptLinks(graph, scc, members, big), links, `seed ${seed}`);
  }
});

test('auto order never has a longer critical path than the bound asked for, unless the inter-SCC imports alone need more', (t) => {
  for (let seed = 1; seed <= CASES; seed++) {
    const { graph, weight } = randomCase(seed);
    const maxDepth = 1 + (seed % 6);
    const maxCriticalPath = 5 + (seed % 60);
    const r = autoOrder(graph, weight, { maxDepth, maxCriticalPath, effort: 0.003 });
    const longest = bruteLongest(r.order, weight);
    if (longest.modules > r.bounds.maxDepth || longest.cost > r.bounds.maxCriticalPath) return t.fail(`seed ${seed}: ${JSON.stringify(longest)} over ${JSON.stringify(r.bounds)}`);
    if (!r.bounds.raised && (longest.modules > maxDepth || longest.cost > maxCriticalPath)) return t.fail(`seed ${seed}: bound exceeded without raising`);
    if (r.bounds.raised) {
      // Then the inter-SCC imports alone, which auto always keeps, need more than asked.
      const scc = stronglyConnectedComponents(graph);
      const from: number[] = [];
      const to: number[] = [];
      for (let a = 0; a < graph.nodeCount; a++) {
        for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) {
          if (scc.componentOf[a] !== scc.componentOf[graph.targets[e]]) from.push(a), to.push(graph.targets[e]);
        }
      }
      const forced = bruteLongest(compactGraphFromEdges(graph.nodeCount, from, to), weight);
      if (!(forced.modules > maxDepth || forced.cost > maxCriticalPath)) return t.fail(`seed ${seed}: bound raised needlessly`);
    }
  }
  t.pass();
});

test('auto order is deterministic', (t) => {
  const { graph, weight } = randomCase(77);
  const a = autoOrder(graph, weight, { maxDepth: 3 });
  const b = autoOrder(graph, weight, { maxDepth: 3 });
  t.deepEqual([...a.order.targets], [...b.order.targets]);
  t.deepEqual([...a.order.offsets], [...b.order.offsets]);
});

test('on the Mercury library, auto meets the goal: ≤ 10 modules, ≤ 1,200,000 bytes, ≥ 90% of 1,968 imports honoured', (t) => {
  const { graph, weight, names } = library();
  t.is(graph.targets.length, 1968);
  const r = autoOrder(graph, weight);
  const plan = buildPlan(r.order, graph, weight, names);
  t.true(plan.criticalPath.modules <= 10, `${plan.criticalPath.modules} modules`);
  t.true(plan.criticalPath.cost <= 1_200_000, `${plan.criticalPath.cost} bytes`);
  t.true(plan.honoured.count >= 0.9 * 1968, `${plan.honoured.count} honoured`);
  t.is(plan.honoured.count, r.honoured);
});

test('cycle explanation lists every given-up import once, under its SCC', async (t) => {
  const { explainGivenUp } = await import('../../src/order/cycle-explanation.js');
  const { graph, weight, names } = library();
  const r = autoOrder(graph, weight);
  const explained = explainGivenUp(r, names);
  t.is(explained.reduce((k, c) => k + c.givenUp.length, 0), 1968 - r.honoured);
  t.true(explained.every((c) => c.size >= 2));
});
