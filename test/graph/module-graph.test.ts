// Module names become node ids in Mercury order, and DOT labels need the import entry behind each edge.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { buildModuleGraph, importOf } from '../../src/graph/module-graph.js';
import type { ImportedEntities, ImportedFrom, ModuleImports } from '../../src/model.js';
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { NameTable } from '../../src/read/name-table.js';
import { edgeList } from '../helpers/graphs.js';

function entities(preds: string[] = [], types: string[] = []): ImportedEntities {
  const parse = (s: string) => ({ name: s.split('/')[0], arity: Number(s.split('/')[1]) });
  return { types: types.map(parse), insts: [], modes: [], preds: preds.map(parse), funcs: [], typeclasses: [] };
}

function entry(module: string, line: number, preds: string[] = [], types: string[] = []): ImportedFrom {
  return { module, line, entities: entities(preds, types) };
}

// Given in no particular order; Mercury's name order puts unqualified names first.
const modules: ModuleImports[] = [
  {
    module: 'string.format',
    file: 'string.format.import_info',
    imports: [entry('string', 2, ['length/2']), entry('list', 3), entry('io', 4, ['write_string/3'])],
  },
  {
    module: 'string',
    file: 'string.import_info',
    imports: [
      entry('list', 2, ['map/3']),
      entry('string', 3, ['append/3']), // a self import is not an edge
      entry('list', 4, ['foldl/4', 'map/3'], ['list/1']), // a repeated entry is merged into the first
      entry('char', 5, ['to_int/2']),
    ],
  },
  { module: 'list', file: 'list.import_info', imports: [entry('builtin', 1, ['unify/2'])] },
  { module: 'array', file: 'array.import_info', imports: [entry('list', 7, ['map/3']), entry('string.format', 8)] },
];

test('node ids follow Mercury name order and edges come from module_imports_from entries', (t) => {
  const mg = buildModuleGraph(modules);
  t.deepEqual(mg.names, ['array', 'list', 'string', 'string.format']);
  // array→list, array→string.format, string→list, string.format→string, string.format→list.
  t.deepEqual(edgeList(mg.graph), ['0>1', '0>3', '2>1', '3>1', '3>2']);
  t.is(mg.importCount, 10);
});

test('modules imported but not given are listed as external, not made nodes', (t) => {
  const mg = buildModuleGraph(modules);
  t.deepEqual(mg.externalModules, ['builtin', 'char', 'io']);
  t.is(mg.graph.nodeCount, 4);
});

test('each edge gives back its import entry, repeated entries merged', (t) => {
  const mg = buildModuleGraph(modules);
  const stringToList = importOf(mg, 2, 1);
  t.is(stringToList?.line, 2);
  t.deepEqual(stringToList?.entities, entities(['map/3', 'foldl/4'], ['list/1']));
  t.deepEqual(importOf(mg, 3, 2), entry('string', 2, ['length/2']));
  // An entry with no entities still makes an edge, and labels it with nothing.
  t.deepEqual(importOf(mg, 0, 3)?.entities, entities());
  t.is(importOf(mg, 1, 0), undefined);
  t.is(importOf(mg, 2, 2), undefined);
});

test('the result does not depend on the order modules are given in', (t) => {
  t.deepEqual(buildModuleGraph([...modules].reverse()), buildModuleGraph(modules));
});

test('a module given twice is an input error naming both files', (t) => {
  const twice = [...modules, { module: 'list', file: 'other/list.import_info', imports: [] }];
  const error = t.throws(() => buildModuleGraph(twice), { instanceOf: ImportGraphError });
  t.is(error?.code, 'E_INPUT');
  t.regex(error?.message ?? '', /list\.import_info.*other\/list\.import_info/);
});

test('entries read lazily, found by their name ids, make the graph that the same entries given plainly make', (t) => {
  const texts = [
    // Imports out of name order, a self import, a module outside the build.
    'module_imports(string, [module_imports_from(list, [imported_preds([map/3])]), module_imports_from(string, []), module_imports_from(char, [imported_preds([to_int/2])]), module_imports_from(array, [])]).',
    'module_imports(list, [module_imports_from(builtin, [imported_preds([unify/2])]), module_imports_from(array, [])]).',
    'module_imports(array, [module_imports_from(list, [imported_preds([map/3])]), module_imports_from(string.format, [])]).',
    'module_imports(char, [module_imports_from(list, [])]).',
  ];
  const table = new NameTable();
  const lazy = texts.map((text, i) => decodeImportInfoFast(text, `${i}.import_info`, table, true)!.imports);
  const plainly = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  // One module given plainly among the lazy ones (as a `.m` file's would be): found by its name.
  const format: ModuleImports = { module: 'string.format', file: 'f.m', imports: [entry('string', 2, ['length/2']), entry('io', 3)] };
  const mixed = buildModuleGraph([...lazy, format]);
  const expected = buildModuleGraph([...plainly(lazy), format]);
  t.deepEqual(mixed.names, expected.names);
  t.deepEqual(mixed.graph, expected.graph);
  t.deepEqual(mixed.externalModules, ['builtin', 'io']);
  t.is(mixed.importCount, expected.importCount);
  t.deepEqual(plainly(mixed.edgeEntities), plainly(expected.edgeEntities));
  t.deepEqual(edgeList(mixed.graph), edgeList(expected.graph));
});

test('rows listed out of order, short and long, with repeats: sorted by target, each pair one edge merging its entries in reading order', (t) => {
  for (const count of [5, 31, 33, 80]) {
    const others = Array.from({ length: count }, (_, i) => `m${String(i).padStart(3, '0')}`);
    // Every module imported twice, the second time with another predicate, in a scrambled order.
    const listed = [...others.map((m, i) => entry(m, 2 + i, [`p${i}/1`])), ...others.map((m, i) => entry(m, 200 + i, [`q${i}/2`]))];
    const scrambled = listed.map((e, i) => listed[(i * 37) % listed.length]);
    const given = [{ module: 'top', file: 'top.import_info', imports: scrambled }, ...others.map((m) => ({ module: m, file: `${m}.import_info`, imports: [] }))];
    const mg = buildModuleGraph(given);
    const top = mg.names.indexOf('top');
    const row = Array.from(mg.graph.targets.subarray(mg.graph.offsets[top], mg.graph.offsets[top + 1]));
    t.deepEqual(row, [...row].sort((a, b) => a - b));
    t.is(row.length, count);
    for (const [i, m] of others.entries()) {
      const merged = importOf(mg, top, mg.names.indexOf(m))!;
      const first = scrambled.find((e) => e.module === m)!;
      t.is(merged.line, first.line);
      const expected = scrambled.filter((e) => e.module === m).flatMap((e) => e.entities.preds);
      t.deepEqual(merged.entities.preds, expected, `${count}: ${m} (${i})`);
    }
  }
});
