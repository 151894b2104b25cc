// Module pages' data: each import and importer with its entities, whether the order honours it and its line; file links as pathToFileURL makes them.
import test from 'ava';
import { pathToFileURL } from 'node:url';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import type { ImportedEntities, ImportedFrom } from '../../src/model.js';
import { fileUrl, MODULE_CHUNK, moduleChunk } from '../../src/write/viewer-module-data.js';
import { edgeTexts, importerIndex, type ViewerGraphFacts } from '../../src/write/viewer-scc-data.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';

const none = (): ImportedEntities => ({ types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] });
const preds = (...list: string[]): ImportedEntities => ({ ...none(), preds: list.map((p) => ({ name: p.split('/')[0], arity: Number(p.split('/')[1]) })) });

// 0 imports 1 and 2; 2 imports 1; 3 imports 0. Edges in CSR order: 0→1, 0→2, 2→1, 3→0.
const graph = compactGraphFromEdges(4, [0, 0, 2, 3], [1, 2, 1, 0]);
const entries: ImportedFrom[] = [
  { module: 'b', line: 3, entities: preds('map/3') },
  { module: 'c', line: 4, entities: none() },
  { module: 'b', line: 7, entities: preds('map/3') },
  { module: 'a', line: 2, entities: preds('<</2', 'foldl/4') },
];
const facts: ViewerGraphFacts = {
  graph,
  edgeEntities: entries,
  componentOf: new Int32Array([0, 1, 2, 3]),
  honoured: new Uint8Array([1, 0, 1, 1]),
  position: new Int32Array([0, 1, 2, 3]),
  importers: importerIndex(graph),
  ...edgeTexts(entries),
};

test('a module chunk lists each import and importer with its entities, honoured flag and line, and what each module reads', (t) => {
  const order = compactGraphFromEdges(4, [0, 2, 3], [2, 1, 0]);
  const chunk = moduleChunk({ facts, order, level: new Int32Array([2, 0, 1, 3]), files: ['/src/a.import_info', '', '/src/c d.import_info', '/src/d.import_info'] }, 0);
  t.deepEqual(chunk, [
    { level: 2, reads: [2], imports: [[1, 1, 'preds: map/3', 1, 3], [2, 0, '', 0, 4]], importers: [[3, 2, 'preds: (<<)/2, foldl/4', 1, 2]], file: 'file:///src/a.import_info' },
    { level: 0, reads: [], imports: [], importers: [[0, 1, 'preds: map/3', 1, 3], [2, 1, 'preds: map/3', 1, 7]], file: null },
    { level: 1, reads: [1], imports: [[1, 1, 'preds: map/3', 1, 7]], importers: [[0, 0, '', 0, 4]], file: 'file:///src/c%20d.import_info' },
    { level: 3, reads: [0], imports: [[0, 2, 'preds: (<<)/2, foldl/4', 1, 2]], importers: [], file: 'file:///src/d.import_info' },
  ]);
  t.true(MODULE_CHUNK >= 4, 'one chunk holds them all');
});

test('file links are what pathToFileURL makes, for plain paths and for every hostile one', (t) => {
  const paths = ['/plain/dir/m.import_info', 'relative/m.import_info', '/a/../b/./c', '/x~y', '/x%41', '/tab\there', '/dir/', '/ü/ß', '//twice//slashes'];
  for (const s of HOSTILE_STRINGS) paths.push(`/in/${s}/m.import_info`, `${s}.import_info`);
  for (const path of paths) t.is(fileUrl(path), pathToFileURL(path).href, JSON.stringify(path));
});
