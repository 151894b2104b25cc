// Scale promise: the graph core must not recurse, so a million-module chain and cycle must pass on the default stack.
import test from 'ava';
import { edgeCount } from '../../src/graph/compact-graph.js';
import { componentMembers, condense } from '../../src/graph/condense.js';
import { longestPath } from '../../src/graph/longest-path.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { topologicalOrder } from '../../src/graph/topological-order.js';
import { transitiveReduction } from '../../src/graph/transitive-reduction.js';
import { chain } from '../helpers/graphs.js';

const n = 1_000_000;

test('a 1,000,000-module import chain goes through SCCs, condensation, order, reduction and critical path', (t) => {
  const g = chain(n);
  const scc = stronglyConnectedComponents(g);
  t.is(scc.count, n);
  t.is(scc.componentOf[0], n - 1, 'the head of the chain is the source, completed last');
  t.is(scc.componentOf[n - 1], 0, 'the end of the chain is the sink, completed first');

  const dag = condense(g, scc);
  t.is(dag.nodeCount, n);
  t.is(edgeCount(dag), n - 1);

  const order = topologicalOrder(dag);
  let descending = true;
  for (let i = 0; i < n; i++) if (order[i] !== n - 1 - i) descending = false;
  t.true(descending, 'components in order from the source (n-1) down to the sink (0)');

  const reduced = transitiveReduction(dag);
  t.is(edgeCount(reduced), n - 1);

  const critical = longestPath(reduced);
  t.is(critical.modules, n);
  t.is(critical.cost, n);
  t.is(critical.path[0], n - 1);
  t.is(critical.path[n - 1], 0);
});

test('a 1,000,000-module cycle is one SCC', (t) => {
  const g = chain(n, true);
  const scc = stronglyConnectedComponents(g);
  t.is(scc.count, 1);
  t.true(scc.componentOf.every((c) => c === 0));
  const dag = condense(g, scc);
  t.is(dag.nodeCount, 1);
  t.is(edgeCount(dag), 0);
  const { offsets, members } = componentMembers(scc);
  t.is(offsets[1], n);
  t.is(members[n - 1], n - 1);
});
