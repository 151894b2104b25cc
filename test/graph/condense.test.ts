// The condensation must be a DAG that loses no reachability, and member lists must be sorted for deterministic output.
import test from 'ava';
import { compactGraphFromEdges, edgeCount, forEachEdge } from '../../src/graph/compact-graph.js';
import { componentMembers, condense } from '../../src/graph/condense.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { topologicalOrder } from '../../src/graph/topological-order.js';
import { bruteForceClosure, edgeList, randomGraph } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

test('the condensation of a small graph has one edge per pair of connected components', (t) => {
  // {0,1} → {2,3} twice over, {2,3} → 4, 5 → {0,1}.
  const g = compactGraphFromEdges(6, [0, 1, 0, 1, 2, 3, 3, 5], [1, 0, 2, 3, 3, 2, 4, 0]);
  const scc = stronglyConnectedComponents(g);
  const dag = condense(g, scc);
  t.is(dag.nodeCount, 4);
  t.deepEqual(edgeList(dag), ['1>0', '2>1', '3>2']);
  const { offsets, members } = componentMembers(scc);
  t.deepEqual([...offsets], [0, 1, 3, 5, 6]);
  t.deepEqual([...members], [4, 2, 3, 0, 1, 5]);
});

test('on 1,000 random graphs the condensation is a DAG that keeps reachability between components', (t) => {
  const random = seededRandom(11);
  for (let i = 0; i < 1000; i++) {
    const n = 1 + random.int(60);
    const g = randomGraph(random, n, random.int(3 * n));
    const scc = stronglyConnectedComponents(g);
    const dag = condense(g, scc);
    t.notThrows(() => topologicalOrder(dag));
    forEachEdge(dag, (c, d) => {
      if (c <= d) t.fail(`edge ${c}→${d} does not go to a lower component id`);
    });
    const reach = bruteForceClosure(g);
    const dagReach = bruteForceClosure(dag);
    const { componentOf } = scc;
    for (let u = 0; u < n; u++) {
      for (let v = 0; v < n; v++) {
        const cu = componentOf[u];
        const cv = componentOf[v];
        if (cu === cv) continue;
        if (reach[u][v] !== dagReach[cu][cv]) {
          t.fail(`graph ${i}: ${u}→${v} reachable=${reach[u][v]} but components ${cu}→${cv} reachable=${dagReach[cu][cv]}`);
          return;
        }
      }
    }
  }
  t.pass();
});

test('members of each component are listed in ascending node id', (t) => {
  const random = seededRandom(12);
  const g = randomGraph(random, 300, 450);
  const scc = stronglyConnectedComponents(g);
  const { offsets, members } = componentMembers(scc);
  t.is(offsets[scc.count], 300);
  for (let c = 0; c < scc.count; c++) {
    for (let i = offsets[c]; i < offsets[c + 1]; i++) {
      t.is(scc.componentOf[members[i]], c);
      if (i > offsets[c]) t.true(members[i - 1] < members[i]);
    }
  }
});

test('an acyclic graph condenses to a copy of itself up to renumbering', (t) => {
  const g = compactGraphFromEdges(4, [0, 0, 1, 2], [1, 2, 3, 3]);
  const dag = condense(g, stronglyConnectedComponents(g));
  t.is(dag.nodeCount, 4);
  t.is(edgeCount(dag), 4);
});
