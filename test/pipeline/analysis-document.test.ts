// importgraph.json is the same whether the modules were read into an import store or given as plain objects, and whether its text is made in a worker thread or here (or partly, when the worker stops).
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleImports } from '../../src/model.js';
import { analysisDocument, analysisDocumentText } from '../../src/pipeline/analysis-document.js';
import { analyzeImports } from '../../src/pipeline/analyze.js';
import { sccCuts } from '../../src/pipeline/scc-cuts.js';
import { StoredModuleImports } from '../../src/read/import-store.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { contentText, type TextChunks } from '../../src/write/output-content.js';
import { TextThread } from '../../src/write/text-thread.js';
import { writeUnlessSame } from '../../src/write/write-unless-same.js';
import { temporaryDirectory } from '../helpers/project.js';
import { randomImportInfos } from '../helpers/random-import-infos.js';
import { seededRandom } from '../helpers/random.js';

test('outside imports of stored modules: one per module, first entry, in name order, as for plain modules', async (t) => {
  const dir = temporaryDirectory();
  const texts = {
    a: 'module_imports(a, [module_imports_from(zz.io, [imported_preds([write/2])]), module_imports_from(b, [imported_preds([p/1])]),\n module_imports_from(char, [imported_types([char/0])]), module_imports_from(zz.io, [imported_preds([read/2])])]).\n',
    b: 'module_imports(b, [module_imports_from(a, []), module_imports_from(builtin, [])]).\n',
  };
  const files = Object.entries(texts).map(([name, text]) => {
    const f = join(dir, `${name}.import_info`);
    writeFileSync(f, text);
    return f;
  });
  const { modules } = await readImportInfos(files);
  t.true(modules.every((m) => m instanceof StoredModuleImports));
  const plain = JSON.parse(JSON.stringify(modules));
  const stored = analyzeImports(modules);
  const expected = analyzeImports(plain);
  const text = analysisDocument(stored, modules, sccCuts(stored));
  t.is(text, analysisDocument(expected, plain, sccCuts(expected)));
  const document = JSON.parse(text);
  t.deepEqual(document.externalModules, ['builtin', 'char', 'zz.io']);
  const outside = (document.imports as { importer: string; imported: string; line: number; entities: unknown }[]).filter((i) => document.externalModules.includes(i.imported));
  t.deepEqual(
    outside.map((i) => [i.importer, i.imported, i.line]),
    [['a', 'char', 2], ['a', 'zz.io', 1], ['b', 'builtin', 1]],
  );
  // A module listed twice is one entry, its lists merged.
  t.deepEqual(outside[1]!.entities, { preds: [['write', 2], ['read', 2]] });
});

/** The content's bytes as written through `thread` (made there when it can), as text. */
async function writtenThrough(content: TextChunks, thread: TextThread): Promise<string> {
  const dir = temporaryDirectory();
  await writeUnlessSame(undefined, content, async () => join(dir, 'importgraph.json'), thread);
  return readFileSync(join(dir, 'importgraph.json'), 'utf8');
}

test('the document made in a worker thread is the one made here, from stored modules and from plain objects alike', async (t) => {
  const { modules } = await readImportInfos(randomImportInfos(temporaryDirectory(), seededRandom(7), 4000));
  const plain = JSON.parse(JSON.stringify(modules)) as ModuleImports[];
  const stored = analyzeImports(modules);
  const expected = analyzeImports(plain);
  const here = analysisDocument(stored, modules, sccCuts(stored));
  t.true(here.length > 2 << 20, 'several blocks go back and forth');
  t.is(here, analysisDocument(expected, plain, sccCuts(expected)));
  const thread = new TextThread();
  try {
    t.is(await writtenThrough(analysisDocumentText(stored, modules, sccCuts(stored)), thread), here);
    t.is(await writtenThrough(analysisDocumentText(expected, plain, sccCuts(expected)), thread), here);
    t.is(thread.received, 2 * Buffer.byteLength(here), 'every byte was made in the thread');
  } finally {
    await thread.close();
  }
});

test('a worker stopped while the document is written: the rest is made here, the same bytes', async (t) => {
  const { modules } = await readImportInfos(randomImportInfos(temporaryDirectory(), seededRandom(8), 4000));
  const analysis = analyzeImports(modules);
  const content = analysisDocumentText(analysis, modules, sccCuts(analysis));
  const expected = contentText(content);
  for (const delay of [0, 1]) {
    const thread = new TextThread();
    const writing = writtenThrough(content, thread);
    // Stopped before its first block or after some: either way the file is whole.
    const timer = setInterval(() => {
      if (delay === 0 || thread.received > 0) clearInterval(timer), void thread.close();
    }, 0);
    t.is(await writing, expected);
    clearInterval(timer);
  }
});
