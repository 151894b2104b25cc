// importgraph.json's strings are written exactly as JSON.stringify writes them, whether or not they need escaping, and the document is the same bytes whatever blocks it is written into.
import test from 'ava';
import type { ImportedFrom } from '../../src/model.js';
import { analysisJson, analysisJsonParts, jsonString, type AnalysisJsonInput } from '../../src/write/analysis-json.js';
import { ContentBytes } from '../../src/write/content-bytes.js';
import { streamedParts } from '../../src/write/output-content.js';

test('names and paths are quoted as JSON.stringify quotes them', (t) => {
  const strings = ['', 'a', 'pkg0.sub0.mod_000254', '/tmp/x y/a.import_info', 'caf\u00e9', '\u2028\u2029\u007f', 'say "hi"', 'back\\slash', 'tab\there', 'new\nline', '\u0000\u001f', '\ud83d\ude00', 'lone \ud83d high', 'lone \ude00 low', '\ude00\ud83d'];
  for (const s of strings) t.is(jsonString(s), JSON.stringify(s), s);
});

test('thousands of random strings are quoted as JSON.stringify quotes them', (t) => {
  let seed = 12345;
  const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const alphabet = ['a', 'Z', '0', '.', '/', ' ', '"', '\\', '\n', '\u0001', '\u007f', '\u00e9', '\u2028', '\ud83d', '\ude00', '\ud83d\ude00', '\uffff'];
  for (let i = 0; i < 5000; i++) {
    const s = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    t.is(jsonString(s), JSON.stringify(s), JSON.stringify(s));
  }
});

const none = { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] };

/** A small analysis with names to escape, costs that are not whole, a module importing nothing, imports from outside the build, given-up imports. */
function input(): AnalysisJsonInput {
  const names = ['a', 'b\u00e9', 'c "q"', 'd'];
  const entry = (module: string, line: number, preds: string[]): ImportedFrom => ({ module, line, entities: { ...none, preds: preds.map((name, i) => ({ name, arity: i })) } });
  // a → b, a → c, b → a, c → b; d imports nothing.
  const offsets = Int32Array.from([0, 2, 3, 4, 4]);
  const targets = Int32Array.from([1, 2, 0, 1]);
  return {
    names,
    files: names.map((n) => `/src/${n}.import_info`),
    cost: Float64Array.from([1, 2.5, 1e-7, 3]),
    sccOf: Int32Array.from([0, 0, 0, -1]),
    level: Int32Array.from([1, 1, 1, 0]),
    priorityRank: Int32Array.from([0, 1, 2, 3]),
    remaining: Float64Array.from([4.5, 3, 2, 0]),
    externalModules: ['io', 'x\ty'],
    imports: {
      offsets,
      targets,
      entries: [entry('b\u00e9', 2, ['p', 'caf\u00e9']), entry('c "q"', 3, []), entry('a', 1, ['\ud83d\ude00']), entry('b\u00e9', 5, ['q'])],
      honoured: Uint8Array.from([1, 0, 1, 1]),
      external: (v) => (v === 0 ? [entry('io', 9, ['write'])] : v === 3 ? [entry('io', 1, []), entry('x\ty', 2, ['r'])] : []),
    },
    sccs: [{ modules: Int32Array.from([0, 1, 2]), dot: 'scc_a.dot' }],
    order: { offsets: Int32Array.from([0, 1, 2, 2, 2]), targets: Int32Array.from([1, 2]) },
    topDown: [0, 1, 2, 3],
    criticalPath: { modules: 3, cost: 6.5, path: [0, 1, 2] },
    givenUp: [{ importer: 'c "q"', imported: 'a', scc: 0, weight: 1, pathModules: 3, pathCost: 6.5 } as never],
  };
}

test('the document is JSON of the analysis, items one a line, the same bytes whatever the blocks it is written in', (t) => {
  const text = analysisJson(input());
  const document = JSON.parse(text);
  t.deepEqual(document.modules[1], { name: 'b\u00e9', file: '/src/b\u00e9.import_info', cost: 2.5, scc: 0, level: 1, priority: 1, remaining: 3 });
  t.deepEqual(document.externalModules, ['io', 'x\ty']);
  t.deepEqual(
    document.imports.map((i: { importer: string; imported: string; honoured: boolean | null }) => [i.importer, i.imported, i.honoured]),
    [['a', 'b\u00e9', true], ['a', 'c "q"', false], ['a', 'io', null], ['b\u00e9', 'a', true], ['c "q"', 'b\u00e9', true], ['d', 'io', null], ['d', 'x\ty', null]],
  );
  t.deepEqual(document.imports[0].entities, { preds: [['p', 0], ['caf\u00e9', 1]] });
  t.deepEqual(document.order, [{ module: 'a', reads: ['b\u00e9'] }, { module: 'b\u00e9', reads: ['c "q"'] }, { module: 'c "q"', reads: [] }, { module: 'd', reads: [] }]);
  t.is(text.split('\n').filter((l) => l.startsWith('    {"importer"') && l.includes('"honoured"')).length, 7);
  for (const size of [4, 16, 50, 333, 4096]) {
    const bytes = new ContentBytes(streamedParts(() => analysisJsonParts(input())));
    const block = Buffer.alloc(size);
    const blocks: Buffer[] = [];
    for (let n = bytes.fill(block); n > 0; n = bytes.fill(block)) blocks.push(Buffer.from(block.subarray(0, n)));
    t.is(Buffer.concat(blocks).toString('utf8'), text, `size ${size}`);
  }
});
