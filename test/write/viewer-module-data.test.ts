// Module pages' data: each import and importer with its entities, whether the order honours it and its line; file links as pathToFileURL makes them.
import test from 'ava';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { compactGraphFromEdges, type CompactGraph } from '../../src/graph/compact-graph.js';
import type { ImportedEntities, ImportedFrom } from '../../src/model.js';
import { contentText } from '../../src/write/output-content.js';
import { ContentBytes } from '../../src/write/content-bytes.js';
import { dataScript } from '../../src/write/viewer-data-file.js';
import { fileUrl, MODULE_CHUNK, ModuleChunks, type ModulePageData } from '../../src/write/viewer-module-data.js';
import { edgeTexts, importerIndex, type ViewerGraphFacts } from '../../src/write/viewer-scc-data.js';
import { wellFormed } from '../../src/write/well-formed.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';

const none = (): ImportedEntities => ({ types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] });
const preds = (...list: string[]): ImportedEntities => ({ ...none(), preds: list.map((p) => ({ name: p.slice(0, p.lastIndexOf('/')), arity: Number(p.slice(p.lastIndexOf('/') + 1)) })) });

function factsOf(graph: CompactGraph, entries: ImportedFrom[], honoured: number[]): ViewerGraphFacts {
  const n = graph.nodeCount;
  return {
    graph,
    edgeEntities: entries,
    componentOf: Int32Array.from({ length: n }, (_, v) => v),
    honoured: Uint8Array.from(honoured),
    position: Int32Array.from({ length: n }, (_, v) => v),
    importers: importerIndex(graph),
    ...edgeTexts(entries),
  };
}

/** What the page's loader is handed when it runs a chunk's file: the key and the value. */
function loaded(chunks: ModuleChunks, chunk: number): { text: string; key: string; value: ModulePageData[] } {
  const text = contentText(chunks.content(chunk));
  const calls: [string, ModulePageData[]][] = [];
  runInNewContext(text, { importgraphData: (key: string, value: ModulePageData[]) => calls.push([key, value]) });
  if (calls.length !== 1) throw new Error(`${calls.length} calls`);
  return { text, key: calls[0]![0], value: calls[0]![1] };
}

// 0 imports 1 and 2; 2 imports 1; 3 imports 0. Edges in CSR order: 0→1, 0→2, 2→1, 3→0.
const graph = compactGraphFromEdges(4, [0, 0, 2, 3], [1, 2, 1, 0]);
const entries: ImportedFrom[] = [
  { module: 'b', line: 3, entities: preds('map/3') },
  { module: 'c', line: 4, entities: none() },
  { module: 'b', line: 7, entities: preds('map/3') },
  { module: 'a', line: 2, entities: preds('<</2', 'foldl/4') },
];

test('a module chunk lists each import and importer with its entities, honoured flag and line, and what each module reads', (t) => {
  const order = compactGraphFromEdges(4, [0, 2, 3], [2, 1, 0]);
  const files = ['/src/a.import_info', '', '/src/c d.import_info', '/src/d.import_info'];
  const chunks = new ModuleChunks({ facts: factsOf(graph, entries, [1, 0, 1, 1]), order, level: new Int32Array([2, 0, 1, 3]), files });
  const { text, key, value } = loaded(chunks, 0);
  t.is(key, 'modules/0');
  const expected: ModulePageData[] = [
    { level: 2, reads: [2], imports: [[1, 1, 'preds: map/3', 1, 3], [2, 0, '', 0, 4]], importers: [[3, 2, 'preds: (<<)/2, foldl/4', 1, 2]], file: 'file:///src/a.import_info' },
    { level: 0, reads: [], imports: [], importers: [[0, 1, 'preds: map/3', 1, 3], [2, 1, 'preds: map/3', 1, 7]], file: null },
    { level: 1, reads: [1], imports: [[1, 1, 'preds: map/3', 1, 7]], importers: [[0, 0, '', 0, 4]], file: 'file:///src/c%20d.import_info' },
    { level: 3, reads: [0], imports: [[0, 2, 'preds: (<<)/2, foldl/4', 1, 2]], importers: [], file: 'file:///src/d.import_info' },
  ];
  t.deepEqual(value, expected);
  t.is(text, dataScript('modules/0', expected), 'the bytes dataScript writes for the same values');
  t.true(MODULE_CHUNK >= 4, 'one chunk holds them all');
});

test('hostile entity names and file paths come back from a chunk as they were, in the bytes dataScript writes, with no `<` or line separator', (t) => {
  // Module 0 imports every other module, one hostile name each; each module's file is a hostile path.
  const n = HOSTILE_STRINGS.length + 1;
  const from = HOSTILE_STRINGS.map(() => 0);
  const to = HOSTILE_STRINGS.map((_, i) => i + 1);
  const hostile = compactGraphFromEdges(n, from, to);
  const list: ImportedFrom[] = HOSTILE_STRINGS.map((s, i) => ({ module: `m${i + 1}`, line: i + 2, entities: preds(`${s}/${i}`, 'ok/1') }));
  const order = compactGraphFromEdges(n, from, to);
  const files = ['', ...HOSTILE_STRINGS.map((s) => `/in/${s}/m.import_info`)];
  const chunks = new ModuleChunks({ facts: factsOf(hostile, list, HOSTILE_STRINGS.map((_, i) => i % 2)), order, level: new Int32Array(n), files });
  for (let chunk = 0; chunk * MODULE_CHUNK < n; chunk++) {
    const { text, key, value } = loaded(chunks, chunk);
    t.is(key, `modules/${chunk}`);
    t.false(/[<\u2028\u2029]/.test(text));
    t.is(text, dataScript(key, value));
    if (chunk > 0) continue;
    t.deepEqual(
      value[0]!.imports.map((i) => i[2]),
      HOSTILE_STRINGS.map((s, i) => wellFormed(`preds: ${/^[a-z][A-Za-z0-9_]*$/.test(s) ? s : `(${s})`}/${i}, ok/1`)),
    );
    t.deepEqual(value.slice(1).map((m) => m.file), files.slice(1, MODULE_CHUNK).map((f) => pathToFileURL(f).href));
  }
});

test("each module's file link in a chunk is what pathToFileURL makes, for resolved plain paths and for paths resolving changes", (t) => {
  const files = ['/plain/dir/m.import_info', '/a/./b', '/a/../b', '/a//b', '/a/b/', '/a/b/.', '/a/b/..', '/.hidden/x..y', 'rel/m.import_info', '/sp ace/m', '/x%41', '/q"uote', '/lt<'];
  files.push('/', '/.', '/..', '/...', '/a/...', '/a.', '/a/.b', '/a/..b', '//a', '/a/b//', '/A-Z_0.9', '/\u00e9', '/a\\b');
  const lonely = compactGraphFromEdges(files.length, [], []);
  const chunks = new ModuleChunks({ facts: factsOf(lonely, [], []), order: lonely, level: new Int32Array(files.length), files });
  const { text, value } = loaded(chunks, 0);
  t.deepEqual(value.map((m) => m.file), files.map((f) => pathToFileURL(f).href));
  t.is(text, dataScript('modules/0', value));
});

test('lines past 2^31 and labels past ASCII are written as dataScript writes them', (t) => {
  const pair = compactGraphFromEdges(2, [0, 1], [1, 0]);
  const list: ImportedFrom[] = [
    { module: 'b', line: 2_500_000_000, entities: preds('caf\u00e9/1') },
    { module: 'a', line: 3, entities: preds('\u{1f600}/2', '<</2') },
  ];
  const chunks = new ModuleChunks({ facts: factsOf(pair, list, [1, 0]), order: compactGraphFromEdges(2, [0], [1]), level: new Int32Array([1, 0]), files: ['/\u00fc/a', '/b'] });
  const { text, value } = loaded(chunks, 0);
  t.deepEqual(value[0]!.imports, [[1, 1, 'preds: (caf\u00e9)/1', 1, 2_500_000_000]]);
  t.deepEqual(value[1]!.imports, [[0, 2, 'preds: (\u{1f600})/2, (<<)/2', 0, 3]]);
  t.is(text, dataScript('modules/0', value));
});

test('chunks made at once, block by block in turn as the writer makes files side by side, are each as made alone', (t) => {
  // Module 0 imports 60,000 modules: its chunk is more than one piece.
  const n = 60_001;
  const to = Array.from({ length: n - 1 }, (_, i) => i + 1);
  const star = compactGraphFromEdges(n, to.map(() => 0), to);
  const list: ImportedFrom[] = to.map((w) => ({ module: `m${w}`, line: w, entities: preds(`p${w % 10}/1`) }));
  const files = Array.from({ length: n }, (_, v) => (v % 3 === 0 ? `/in/dir/m${v}.import_info` : v % 3 === 1 ? `/in/d\u00efr/m${v}` : ''));
  const input = { facts: factsOf(star, list, to.map((w) => w % 2)), order: compactGraphFromEdges(n, [], []), level: new Int32Array(n), files };
  const alone = [0, 1, 2].map((k) => contentText(new ModuleChunks(input).content(k)));
  const chunks = new ModuleChunks(input);
  // Each file's bytes a small block at a time, the three files in turn.
  const makers = [0, 1, 2].map((k) => new ContentBytes(chunks.content(k)));
  const pieces: Buffer[][] = [[], [], []];
  const block = Buffer.alloc(1 << 12);
  for (let live = 3; live > 0; ) {
    live = 0;
    makers.forEach((maker, k) => {
      const filled = maker.fill(block);
      if (filled > 0) (pieces[k]!.push(Buffer.from(block.subarray(0, filled))), live++);
    });
  }
  t.true(pieces[0]!.length > 1, 'the first chunk came in several blocks');
  t.deepEqual(pieces.map((p) => Buffer.concat(p).toString('utf8')), alone);
  alone.forEach((text, k) => t.is(text, dataScript(`modules/${k}`, loaded(chunks, k).value), 'the bytes dataScript writes'));
});

test('file links are what pathToFileURL makes, for plain paths and for every hostile one', (t) => {
  const paths = ['/plain/dir/m.import_info', 'relative/m.import_info', '/a/../b/./c', '/x~y', '/x%41', '/tab\there', '/dir/', '/ü/ß', '//twice//slashes'];
  for (const s of HOSTILE_STRINGS) paths.push(`/in/${s}/m.import_info`, `${s}.import_info`);
  for (const path of paths) t.is(fileUrl(path), pathToFileURL(path).href, JSON.stringify(path));
});

test('edges that share a label but not an entity count each show their own count', (t) => {
  const pair = compactGraphFromEdges(3, [0, 0, 1], [1, 2, 2]);
  const facts: ViewerGraphFacts = {
    ...factsOf(pair, [], [1, 0, 1]),
    entityCounts: Int32Array.from([1, 2, 1]),
    labelOf: Int32Array.from([1, 1, 1]),
    labels: ['', 'preds: p/1'],
    lines: Int32Array.from([2, 3, 4]),
  };
  const chunks = new ModuleChunks({ facts, order: compactGraphFromEdges(3, [], []), level: new Int32Array(3) });
  const { text, value } = loaded(chunks, 0);
  t.deepEqual(value[0]!.imports, [[1, 1, 'preds: p/1', 1, 2], [2, 2, 'preds: p/1', 0, 3]]);
  t.deepEqual(value[2]!.importers, [[0, 2, 'preds: p/1', 0, 3], [1, 1, 'preds: p/1', 1, 4]]);
  t.is(text, dataScript('modules/0', value));
});
