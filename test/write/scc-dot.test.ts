// The per-SCC picture must show exactly the imports inside the SCC, with what crosses each edge.
import test from 'ava';
import { fromDot } from 'ts-graphviz';
import type { ImportedEntities } from '../../src/model.js';
import { sccDot, sccDotLabelLines, type SccDotInput } from '../../src/write/scc-dot.js';

const none = (): ImportedEntities => ({ types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] });

function dotOf(entities: ImportedEntities) {
  return fromDot(
    sccDot({
      graphName: 'imports_a',
      members: ['a', 'b "quoted"'],
      files: ['/p/a.import_info', '/p/b.import_info'],
      edges: [
        { from: 0, to: 1, entry: { module: 'b "quoted"', entities, line: 3 } },
        { from: 1, to: 0, entry: { module: 'a', entities: none(), line: 7 } },
      ],
    }),
  );
}

test('a short entity list labels the edge, kinds in .import_info order, operators in parentheses', (t) => {
  const entities = { ...none(), types: [{ name: 'map', arity: 2 }], preds: [{ name: 'foldl', arity: 4 }, { name: '+', arity: 2 }] };
  const g = dotOf(entities);
  t.is(g.id, 'imports_a');
  t.deepEqual(g.nodes.map((n) => n.id), ['a', 'b "quoted"']);
  t.is(g.edges[0].attributes.get('label'), 'types: map/2; preds: foldl/4, (+)/2');
});

test('a long entity list becomes a file:// link to the importer at the entry, with the list as tooltip', (t) => {
  const preds = Array.from({ length: 20 }, (_, i) => ({ name: `pred_number_${i}`, arity: i }));
  const g = dotOf({ ...none(), preds });
  const edge = g.edges[0];
  t.is(edge.attributes.get('URL'), 'file:///p/a.import_info#line=3');
  t.is(edge.attributes.get('label'), '20 entities, see a.import_info:3');
  t.true(String(edge.attributes.get('tooltip')).startsWith('preds: pred_number_0/0, pred_number_1/1'));
});

test('an import with no entities listed links to the importer', (t) => {
  const g = dotOf(none());
  t.is(g.edges[1].attributes.get('URL'), 'file:///p/b.import_info#line=7');
  t.is(g.edges[1].attributes.get('label'), undefined);
});

test('an edge given its label and line is written as one given its entry, and lines shared between files change nothing', (t) => {
  const short = { ...none(), preds: [{ name: 'foldl', arity: 4 }] };
  const long = { ...none(), preds: Array.from({ length: 20 }, (_, i) => ({ name: `pred_number_${i}`, arity: i })) };
  const input = (edges: SccDotInput['edges']): SccDotInput => ({ graphName: 'imports_a', members: ['a', 'b'], files: ['/p/a.import_info', '/p/b.import_info'], edges });
  const byEntry = sccDot(
    input([
      { from: 0, to: 1, entry: { module: 'b', entities: short, line: 3 } },
      { from: 1, to: 0, entry: { module: 'a', entities: long, line: 7 } },
    ]),
  );
  const byLabel = input([
    { from: 0, to: 1, line: 3, label: 'preds: foldl/4', count: 1 },
    { from: 1, to: 0, line: 7, label: long.preds.map((p) => `${p.name}/${p.arity}`).join(', ').replace(/^/, 'preds: '), count: 20 },
  ]);
  const shared = sccDotLabelLines();
  t.is(sccDot(byLabel), byEntry);
  t.is(sccDot(byLabel, shared), byEntry);
  t.is(sccDot(byLabel, shared), byEntry);
  t.is(shared.short.size + shared.long.size, 2);
});
