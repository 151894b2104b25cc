// Module data made in a worker thread is byte for byte what ModuleChunks makes here, whatever order the chunks are asked in, and again when asked twice.
import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import type { ImportedEntities, ImportedFrom } from '../../src/model.js';
import { joinedText } from '../../src/write/output-content.js';
import { MODULE_CHUNK, ModuleChunks, type ModuleDataInput } from '../../src/write/viewer-module-data.js';
import { ThreadedModuleChunks, WINDOW } from '../../src/write/viewer-module-thread.js';
import { edgeTexts, importerIndex } from '../../src/write/viewer-scc-data.js';
import { seededRandom } from '../helpers/random.js';

const preds = (...list: string[]): ImportedEntities => ({
  types: [],
  insts: [],
  modes: [],
  preds: list.map((p) => ({ name: p.slice(0, p.lastIndexOf('/')), arity: Number(p.slice(p.lastIndexOf('/') + 1)) })),
  funcs: [],
  typeclasses: [],
});

/** More chunks than the worker makes ahead, each module importing a few others, labels past ASCII among them. */
function input(): { input: ModuleDataInput; count: number } {
  const random = seededRandom(20261202);
  const n = (WINDOW + 6) * MODULE_CHUNK + 17;
  const from: number[] = [];
  const to: number[] = [];
  for (let v = 0; v < n; v++) {
    const targets = new Set(Array.from({ length: random.int(4) }, () => random.int(n)));
    targets.delete(v);
    for (const w of [...targets].sort((a, b) => a - b)) (from.push(v), to.push(w));
  }
  const graph = compactGraphFromEdges(n, from, to);
  const entries: ImportedFrom[] = Array.from(graph.targets, (w, e) => ({ module: `m${w}`, line: e % 50, entities: preds(`p${e % 7}/1`, e % 11 === 0 ? 'caf\u00e9/2' : 'q/0') }));
  const order = compactGraphFromEdges(n, from.slice(0, 100), to.slice(0, 100));
  const facts = { graph, importers: importerIndex(graph), honoured: Uint8Array.from(graph.targets, (_, e) => e % 2), ...edgeTexts(entries) };
  const files = Array.from({ length: n }, (_, v) => (v % 3 === 0 ? '' : `/src/m${v}.import_info`));
  return { input: { facts, order, level: Int32Array.from({ length: n }, (_, v) => v % 9), files }, count: Math.ceil(n / MODULE_CHUNK) };
}

test('chunks made in the worker are those made here, asked in order, out of order, and twice', (t) => {
  const { input: data, count } = input();
  const here = new ModuleChunks(data);
  const expected = Array.from({ length: count }, (_, k) => joinedText(here.chunk(k)));
  const threaded = new ThreadedModuleChunks().start(data, count);
  // A few out of order first (the last one past the window), then the rest in order.
  const asked = [3, 1, count - 1, 0, 2, ...Array.from({ length: count - 5 }, (_, k) => k + 3).filter((k) => k !== count - 1)];
  for (const k of asked) t.is(joinedText(threaded.chunk(k)), expected[k], `chunk ${k}`);
  t.is(joinedText(threaded.chunk(1)), expected[1], 'asked again');
});

test('chunks taken while the writer takes several at once, piece by piece, come out whole', (t) => {
  const { input: data, count } = input();
  const here = new ModuleChunks(data);
  const threaded = new ThreadedModuleChunks().start(data, count);
  const makers = [0, 1, 2].map((k) => threaded.chunk(k));
  const pieces: string[][] = [[], [], []];
  for (let live = 3; live > 0; ) {
    live = 0;
    makers.forEach((maker, k) => {
      const next = maker.next();
      if (!next.done) (pieces[k]!.push(next.value), live++);
    });
  }
  t.deepEqual(
    pieces.map((p) => p.join('')),
    [0, 1, 2].map((k) => joinedText(here.chunk(k))),
  );
});
