// The overview: big SCCs plus the single modules between them, reduced edges, SCCs only past the size limit.
import test from 'ava';
import { fromDot } from 'ts-graphviz';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { overviewDot, overviewGraph } from '../../src/write/overview-dot.js';
import { buildViewerModel } from '../../src/write/viewer-model.js';

// a1<->a2 (SCC a1), b1<->b2 (SCC b1), c1<->c2 (SCC c1); a1 -> x -> b1 (x connects), a2 -> b2 (redundant
// through x), a1 -> y (y leads to no SCC), z -> a1 (z is only above), b1 -> c1.
const names = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'x', 'y', 'z'];
const id = (n: string): number => names.indexOf(n);
const edges = [
  ['a1', 'a2'], ['a2', 'a1'], ['b1', 'b2'], ['b2', 'b1'], ['c1', 'c2'], ['c2', 'c1'],
  ['a1', 'x'], ['x', 'b1'], ['a2', 'b2'], ['a1', 'y'], ['z', 'a1'], ['b1', 'c1'],
];
const graph = compactGraphFromEdges(names.length, edges.map((e) => id(e[0])), edges.map((e) => id(e[1])));
const scc = stronglyConnectedComponents(graph);
const named = (o: ReturnType<typeof overviewGraph>) => o.edges.map(([u, v]) => `${o.nodes[u].name}->${o.nodes[v].name}`).sort();

test('the overview shows SCCs and the single modules that connect them, with reduced edges', (t) => {
  const o = overviewGraph({ names, graph, scc });
  t.deepEqual(o.nodes, [
    { name: 'a1', size: 2 },
    { name: 'b1', size: 2 },
    { name: 'c1', size: 2 },
    { name: 'x', size: 1 },
  ]);
  t.deepEqual(named(o), ['a1->x', 'b1->c1', 'x->b1']);
  t.false(o.sccsOnly);
});

test('past the size limit the overview shows SCCs only, still connected through the dropped modules', (t) => {
  const o = overviewGraph({ names, graph, scc, maxNodes: 3 });
  t.true(o.sccsOnly);
  t.deepEqual(o.nodes.map((n) => n.name), ['a1', 'b1', 'c1']);
  t.deepEqual(named(o), ['a1->b1', 'b1->c1']);
});

test('overview DOT labels SCCs with first module and size and links them to their viewer pages', (t) => {
  const dot = overviewDot({ names, graph, scc });
  const model = fromDot(dot);
  const a1 = model.getNode('a1');
  t.is(a1?.attributes.get('label'), 'a1\\n2 modules', 'a DOT line break');
  t.is(a1?.attributes.get('URL'), 'index.html#scc/a1');
  t.is(model.getNode('x')?.attributes.get('URL'), 'index.html#module/x');
  t.is(model.getNode('y'), undefined);
  t.is(model.edges.length, 3);
});

test('a build without cycles gets an overview that says so', (t) => {
  const dag = compactGraphFromEdges(2, [0], [1]);
  const dot = overviewDot({ names: ['p', 'q'], graph: dag, scc: stronglyConnectedComponents(dag) });
  t.regex(dot, /every module builds alone/);
});

test('the viewer model links each SCC to the SCCs it imports and those importing it, through single modules', (t) => {
  const model = buildViewerModel({ names, graph, scc });
  t.deepEqual(
    model.sccs.map((s) => [s.id, s.members, s.imports, s.importedBy, s.svg]),
    [
      ['a1', ['a1', 'a2'], ['b1'], [], 'imports_a1.svg'],
      ['b1', ['b1', 'b2'], ['c1'], ['a1'], 'imports_b1.svg'],
      ['c1', ['c1', 'c2'], [], ['b1'], 'imports_c1.svg'],
    ],
  );
  t.deepEqual(model.modules.find((m) => m.name === 'x'), { name: 'x', scc: null });
  t.deepEqual(model.modules.find((m) => m.name === 'b2'), { name: 'b2', scc: 'b1' });
});
