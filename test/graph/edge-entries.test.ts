// Edge entries kept as integers read as the array of entry objects they replace: by index, in loops, as JSON, and by the fast readers.
import test from 'ava';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { edgeEntriesOf } from '../../src/graph/edge-entries.js';
import { buildModuleGraph, importOf } from '../../src/graph/module-graph.js';
import type { ModuleImports } from '../../src/model.js';
import { importedEntityCount, LazyImportedFrom } from '../../src/read/lazy-imported-from.js';
import { PlainLabelTable } from '../../src/read/plain-label-table.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { examplesDir } from '../helpers/project.js';

const plainly = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const library = join(examplesDir, 'mercury-library', 'import_info');
const libraryFiles = readdirSync(library).map((f) => join(library, f));

test('stored entries index, loop and print as the plain entries do', async (t) => {
  const { modules } = await readImportInfos(libraryFiles);
  const stored = buildModuleGraph(modules);
  const expected = buildModuleGraph(plainly(modules));
  const list = stored.edgeEntities;
  const entries = edgeEntriesOf(list)!;
  t.not(entries, undefined);
  t.is(edgeEntriesOf(expected.edgeEntities), undefined);
  t.is(list.length, expected.edgeEntities.length);
  t.true(Array.isArray(list));
  t.deepEqual(plainly(list), plainly(expected.edgeEntities));
  t.deepEqual(plainly([...list]), plainly(expected.edgeEntities));
  t.is(list[list.length] as unknown, undefined);
  t.true(0 in list && !(list.length in list));
  t.true(list[0] instanceof LazyImportedFrom);
  const labels = new PlainLabelTable();
  for (let e = 0; e < list.length; e++) {
    const entry = expected.edgeEntities[e]!;
    t.is(entries.line(e), entry.line);
    t.is(entries.entityCount(e), importedEntityCount(entry));
    const label = entries.plainEntityLabel(e, labels);
    if (label >= 0) t.is(labels.count(label), importedEntityCount(entry));
  }
  const { offsets, targets } = stored.graph;
  t.deepEqual(plainly(importOf(stored, 0, targets[offsets[0]]!)), plainly(importOf(expected, 0, targets[offsets[0]]!)));
});

test('modules of a second read, or given plainly, are kept as their objects beside the stored ones', async (t) => {
  const half = libraryFiles.length >> 1;
  const first = (await readImportInfos(libraryFiles.slice(0, half))).modules;
  const second = (await readImportInfos(libraryFiles.slice(half))).modules;
  const extra: ModuleImports = { module: 'zzz_extra', file: 'zzz.m', imports: [{ module: first[0]!.module, line: 3, entities: { types: [], insts: [], modes: [], preds: [{ name: 'p', arity: 1 }], funcs: [], typeclasses: [] } }] };
  const mixed = buildModuleGraph([...first, ...second, extra]);
  const expected = buildModuleGraph(plainly([...first, ...second, extra]));
  t.deepEqual(mixed.graph, expected.graph);
  t.deepEqual(mixed.externalModules, expected.externalModules);
  t.deepEqual(plainly(mixed.edgeEntities), plainly(expected.edgeEntities));
  const entries = edgeEntriesOf(mixed.edgeEntities)!;
  for (let e = 0; e < entries.length; e++) t.is(entries.entityCount(e), importedEntityCount(expected.edgeEntities[e]!));
});
