// A batch read on any thread says per file whether it was scanned, must be decoded alone (with the file's exact bytes), or read again.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { NameTable } from '../../src/read/name-table.js';
import { SCAN_ENTRY, SCAN_HEADER } from '../../src/read/import-info-fast.js';
import { FILE_GENERAL, FILE_REREAD, FILE_SCANNED, readBatch } from '../../src/read/read-batch.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';

test('scanned, left to the general decoder, or to be read again: each file in order, bytes exact', (t) => {
  const dir = temporaryDirectory();
  const lexer = join(fixturesDir, 'read', 'good', 'lexer.import_info');
  const broken = join(fixturesDir, 'read', 'bad', 'broken_syntax.import_info');
  const missing = join(dir, 'gone.import_info');
  const directory = join(dir, 'dir');
  mkdirSync(directory);
  const empty = join(dir, 'empty.import_info');
  writeFileSync(empty, 'module_imports(e, []).\n');
  const table = new NameTable();
  const files = ['unused', lexer, broken, missing, directory, empty];
  const batch = readBatch(files, 1, files.length, table, 0);
  t.is(batch.from, 1);
  t.is(batch.to, 6);
  const r = batch.records;
  const bytes = Buffer.from(batch.bytes);
  let p = 0;
  // lexer: scanned, its header names the module where it is written; its length is counted, its bytes not kept.
  t.is(r[p++], FILE_SCANNED);
  p++;
  t.is(r[p++], readFileSync(lexer).length);
  t.is(table.name(r[p]!), 'lexer');
  // Its entity lists are kept in the batch's lists, in file order, exactly as written.
  const lexerText = readFileSync(lexer, 'utf8');
  const firstList = lexerText.indexOf('[', lexerText.indexOf('module_imports_from('));
  const lists = batch.lists;
  const first = p + SCAN_HEADER;
  t.is(r[first + 2], 0);
  t.is(lists.slice(0, r[first + 3]!), lexerText.slice(firstList, firstList + r[first + 3]!));
  t.true(lists.slice(0, r[first + 3]!).endsWith(']'));
  p += SCAN_HEADER + SCAN_ENTRY * r[p + 3]!;
  // A syntax error: the bytes, for the one-file path to report (the only bytes the batch keeps).
  t.is(r[p++], FILE_GENERAL);
  const brokenStart = r[p++]!;
  t.deepEqual(bytes.subarray(brokenStart, brokenStart + r[p++]!), readFileSync(broken));
  t.is(bytes.length, readFileSync(broken).length);
  t.is(r[p++], FILE_REREAD);
  t.is(r[p++], FILE_REREAD);
  t.is(r[p++], FILE_SCANNED);
  p += 2;
  t.deepEqual([table.name(r[p]!), r[p + 3]], ['e', 0]);
  t.is(p + 4, r.length);
  // Every name the table learnt is handed back for a worker's batch.
  t.deepEqual(batch.names, table.namesFrom(0));
  t.true(batch.names.includes('lexer') && batch.names.includes('e'));
});

test('once a batch holds its most bytes, the files after it are left to the one-file path (as files it could not read are)', (t) => {
  const library = join(examplesDir, 'mercury-library', 'import_info');
  const files = readdirSync(library).map((f) => join(library, f)).slice(0, 6);
  const table = new NameTable();
  const firstLength = readFileSync(files[0]!).length;
  // Room for two files: the second is read because the first leaves the batch under its limit.
  const batch = readBatch(files, 0, files.length, table, 0, firstLength + 1);
  const r = batch.records;
  t.is(r[0], FILE_SCANNED);
  let p = 3 + SCAN_HEADER + SCAN_ENTRY * r[3 + 3]!;
  t.is(r[p], FILE_SCANNED);
  p += 3 + SCAN_HEADER + SCAN_ENTRY * r[p + 3 + 3]!;
  t.deepEqual(Array.from(r.subarray(p)), [FILE_REREAD, FILE_REREAD, FILE_REREAD, FILE_REREAD]);
  t.is(batch.unread, 4);
  t.is(r[2]! + r[3 + 2 + SCAN_HEADER + SCAN_ENTRY * r[3 + 3]!]!, firstLength + readFileSync(files[1]!).length);
  t.is(batch.bytes.byteLength, 0);
});

test('files scanned from their bytes and from their text mix in one batch: their lists and names in file order', (t) => {
  const dir = temporaryDirectory();
  const texts = [
    'module_imports(p.one, [module_imports_from(q.two, [imported_preds([a/1])])]).\n',
    // Quoted module names and `name_arity` are the text scanner's.
    "module_imports('p'.'quoted', [module_imports_from(q.three, [imported_funcs([name_arity(\"f\", 2)])])]).\n",
    'module_imports(p.four, [module_imports_from(q.two, [imported_types([t/0])]), module_imports_from(q.five, [])]).\n',
    // Not ASCII: decoded alone.
    "module_imports(p.six, [module_imports_from(q.seven, [imported_preds(['caf\u00e9'/1])])]).\n",
    'module_imports(p.eight, []).\n',
  ];
  const files = texts.map((text, i) => {
    const file = join(dir, `f${i}.import_info`);
    writeFileSync(file, text);
    return file;
  });
  const table = new NameTable();
  const batch = readBatch(files, 0, files.length, table, 0);
  const r = batch.records;
  const lists = batch.lists;
  const found: unknown[] = [];
  for (let p = 0; p < r.length; ) {
    if (r[p] === FILE_GENERAL) {
      found.push('general');
      p += 3;
      continue;
    }
    p += 3;
    const entries: unknown[] = [];
    for (let e = p + SCAN_HEADER; e < p + SCAN_HEADER + SCAN_ENTRY * r[p + 3]!; e += SCAN_ENTRY) entries.push([table.name(r[e]!), lists.slice(r[e + 2]!, r[e + 3]!)]);
    found.push([table.name(r[p]!), r[p + 1], r[p + 2], entries]);
    p += SCAN_HEADER + SCAN_ENTRY * r[p + 3]!;
  }
  t.deepEqual(found, [
    ['p.one', 1, 16, [['q.two', '[imported_preds([a/1])]']]],
    ['p.quoted', 1, 16, [['q.three', '[imported_funcs([name_arity("f", 2)])]']]],
    ['p.four', 1, 16, [['q.two', '[imported_types([t/0])]'], ['q.five', '[]']]],
    'general',
    ['p.eight', 1, 16, []],
  ]);
  // Names get their ids in the order written, whichever scanner read them (the general file's are not the batch's).
  t.deepEqual(batch.names, ['p.one', 'q.two', 'p.quoted', 'q.three', 'p.four', 'q.five', 'p.eight']);
  t.is(Buffer.from(batch.bytes).toString('utf8'), texts[3]);
});
