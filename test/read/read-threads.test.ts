// Reading in worker threads must give what reading on one thread gives: the same modules in the same order, the same entities, the same problems.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { NameTable } from '../../src/read/name-table.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { readInThreads, startReadWorkers, stopReadWorkers, type ThreadBatch } from '../../src/read/read-threads.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';

const library = join(examplesDir, 'mercury-library', 'import_info');
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

test('three threads in batches of 7 read the bundled library as one thread does, entities included', async (t) => {
  const files = readdirSync(library).map((f) => join(library, f));
  const one = await readImportInfos(files, { threads: 1 });
  const three = await readImportInfos(files, { threads: 3, batchFiles: 7 });
  t.is(three.modules.length, 149);
  t.is(three.bytesRead, one.bytesRead);
  t.deepEqual(plain(three.modules), plain(one.modules));
});

test('every batch comes back once, in file order, whichever thread read it', async (t) => {
  const files = readdirSync(library).map((f) => join(library, f));
  const names = new NameTable();
  const batches: ThreadBatch[] = [];
  await readInThreads(files, names, 2, 5, (batch) => batches.push(batch));
  t.is(batches.length, Math.ceil(files.length / 5));
  batches.forEach(({ batch }, b) => {
    t.is(batch.from, b * 5);
    t.is(batch.to, Math.min(files.length, b * 5 + 5));
  });
});

test('problems of every kind come out alike on one thread and on several, in file order', async (t) => {
  const dir = temporaryDirectory();
  const odd = join(dir, 'odd.import_info');
  // Outside the fast path's shape (an operator in parentheses): decoded by the general decoder.
  writeFileSync(odd, 'module_imports(odd, [module_imports_from(x, [imported_funcs([(++)/2])])]).\n');
  const invalid = join(dir, 'invalid.import_info');
  writeFileSync(invalid, Buffer.from('module_imports(inv, [\n  module_imports_from(x, [imported_preds([p\xff/1])])]).\n', 'latin1'));
  const files = [
    join(fixturesDir, 'read', 'bad', 'broken_syntax.import_info'),
    join(fixturesDir, 'read', 'good', 'lexer.import_info'),
    odd,
    invalid,
    join(fixturesDir, 'read', 'bad', 'wrong_shapes.import_info'),
    join(fixturesDir, 'read', 'bad', 'dup_of_lexer.import_info'),
  ];
  const one = await t.throwsAsync(readImportInfos(files, { threads: 1 }), { instanceOf: ImportGraphError });
  for (const threads of [2, 3]) {
    const several = await t.throwsAsync(readImportInfos(files, { threads, batchFiles: 1 }), { instanceOf: ImportGraphError });
    t.is(several!.message, one!.message);
    t.deepEqual(several!.problems, one!.problems);
  }
  t.true(one!.message.includes(`${invalid}:2:44: invalid UTF-8`));
  t.true(one!.message.includes('defined by both'));
  // And without the broken ones, the general decoder's module is there.
  const { modules } = await readImportInfos([files[1]!, odd], { threads: 2, batchFiles: 1 });
  t.deepEqual(modules.map((m) => m.module), ['lexer', 'odd']);
  t.deepEqual(plain(modules[1]!.imports), [{ module: 'x', entities: { types: [], insts: [], modes: [], preds: [], funcs: [{ name: '++', arity: 2 }], typeclasses: [] }, line: 1 }]);
});

test('an unreadable file is E_NO_INPUT naming it, on several threads too', async (t) => {
  const dir = temporaryDirectory();
  const missing = join(dir, 'gone.import_info');
  const directory = join(dir, 'dir.import_info');
  mkdirSync(directory);
  const good = join(fixturesDir, 'read', 'good', 'lexer.import_info');
  for (const [files, says] of [
    [[good, missing], missing],
    [[good, directory, missing], 'it is a directory'],
  ] as const) {
    const error = await t.throwsAsync(readImportInfos(files, { threads: 2, batchFiles: 1 }), { instanceOf: ImportGraphError });
    t.is(error!.code, 'E_NO_INPUT');
    t.true(error!.message.includes(says), error!.message);
  }
});

test('a repeated entry and a byte order mark read alike on several threads', async (t) => {
  const dir = temporaryDirectory();
  const a = join(dir, 'a.import_info');
  writeFileSync(a, '\ufeffmodule_imports(a, [module_imports_from(b, [imported_preds([p/1])]), module_imports_from(c, []), module_imports_from(b, [imported_types([t/0])])]).\n');
  const b = join(dir, 'b.import_info');
  writeFileSync(b, 'module_imports(b, [module_imports_from(a, [imported_funcs([f/2])])]).\n');
  const several = await readImportInfos([a, b], { threads: 2, batchFiles: 1 });
  t.deepEqual(plain(several.modules), plain((await readImportInfos([a, b], { threads: 1 })).modules));
  t.deepEqual(plain(several.modules[0]!.imports), [
    { module: 'b', entities: { types: [{ name: 't', arity: 0 }], insts: [], modes: [], preds: [{ name: 'p', arity: 1 }], funcs: [], typeclasses: [] }, line: 1 },
    { module: 'c', entities: { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] }, line: 1 },
  ]);
});

test('workers started before the files are known read them as workers started for them do; those not taken are stopped', async (t) => {
  const files = readdirSync(library).map((f) => join(library, f));
  const one = await readImportInfos(files, { threads: 1 });
  // Two started, one taken: the other is stopped once the read has taken its workers.
  startReadWorkers(2);
  const two = await readImportInfos(files, { threads: 2, batchFiles: 3 });
  t.deepEqual(plain(two.modules), plain(one.modules));
  // Started and never taken: stopped without reading anything.
  startReadWorkers(1);
  stopReadWorkers();
  t.deepEqual(plain((await readImportInfos(files, { threads: 3, batchFiles: 5 })).modules), plain(one.modules));
});

test('a started worker that is not given files does not keep the process alive', async (t) => {
  const script = `import { startReadWorkers } from ${JSON.stringify(new URL('../../src/read/read-threads.js', import.meta.url).href)}; startReadWorkers(1);`;
  const { status } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000 });
  t.is(status, 0);
});
