// The fast `.import_info` decoder must give exactly what the general decoder gives, or decline so that the general one (and its messages) decides.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { SCAN_ENTRY, SCAN_HEADER, decodeImportInfoFast, scanImportInfoFast } from '../../src/read/import-info-fast.js';
import { IntList } from '../../src/read/int-list.js';
import { decodeImportInfoAt, type DecodedImportInfo } from '../../src/read/import-info.js';
import { NameTable } from '../../src/read/name-table.js';
import { TextGenerator, random } from '../helpers/import-info-texts.js';
import { examplesDir, fixturesDir } from '../helpers/project.js';

/** The general decoder's result, or its `E_INPUT` error. */
function general(text: string, file: string): DecodedImportInfo | ImportGraphError {
  try {
    return decodeImportInfoAt(text, file);
  } catch (e) {
    if (e instanceof ImportGraphError && e.code === 'E_INPUT') return e;
    throw e;
  }
}

/**
 * Checks the one property: the fast path declines, or decodes to what the
 * general decoder decodes (which then must not fail). True when it decoded.
 */
function agrees(t: ExecutionContext, text: string, file: string, names?: NameTable): boolean {
  const fast = decodeImportInfoFast(text, file, names);
  if (fast === undefined) return false;
  const expected = general(text, file);
  if (expected instanceof ImportGraphError) {
    t.fail(`fast path decoded a text the general decoder rejects (${expected.message}):\n${text}`);
    return true;
  }
  t.deepEqual(fast, expected, text);
  return true;
}

function importInfoFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.import_info'))
    .sort()
    .map((f) => join(dir, f));
}

test('every bundled example decodes on the fast path to what the general decoder gives', (t) => {
  const names = new NameTable();
  for (const dir of [join(examplesDir, 'mercury-library', 'import_info'), join(examplesDir, 'calculator')]) {
    const files = importInfoFiles(dir);
    t.true(files.length > 10);
    for (const file of files) t.true(agrees(t, readFileSync(file, 'utf8'), file, names), file);
  }
});

test('every read fixture is decoded alike or declined', (t) => {
  let decoded = 0;
  const files = [...importInfoFiles(join(fixturesDir, 'read', 'good')), ...importInfoFiles(join(fixturesDir, 'read', 'bad'))];
  for (const file of files) if (agrees(t, readFileSync(file, 'utf8'), file)) decoded++;
  // lexer.import_info and dup_of_lexer.import_info are plain; parser.import_info has `(++)/2`; the other bad ones have problems.
  t.is(decoded, 2);
});

const declines = test.macro({
  exec(t, text: string) {
    t.is(decodeImportInfoFast(text, 'f.import_info'), undefined);
  },
  title: (what = '') => `the fast path leaves ${what} to the general decoder`,
});

test('a syntax error', declines, 'module_imports(m, [module_imports_from(a, [])).');
test('a wrong shape', declines, 'module_imports(m, [foo/2]).');
test('an unknown entity kind', declines, 'module_imports(m, [module_imports_from(a, [imported_things([])])]).');
test('an arity above the limit', declines, 'module_imports(m, [module_imports_from(a, [imported_preds([p/1000001])])]).');
test('a hexadecimal arity', declines, 'module_imports(m, [module_imports_from(a, [imported_preds([p/0x1])])]).');
test('an operator in parentheses', declines, 'module_imports(m, [module_imports_from(a, [imported_funcs([(++)/2])])]).');
test('an escape in a quoted atom', declines, "module_imports(m, [module_imports_from(a, [imported_preds(['it\\'s'/1])])]).");
test('a doubled quote', declines, "module_imports('it''s', []).");
test('a list tail', declines, 'module_imports(m, [module_imports_from(a, []) | T]).');
test('a second term', declines, 'module_imports(m, []).\nmodule_imports(n, []).\n');
test('a missing end', declines, 'module_imports(m, [])');
test('an unterminated comment', declines, 'module_imports(m, []). /* no end');
test('an empty text', declines, '');

test('comments, odd layout, quoted and `__` names, both entity forms and duplicates decode on the fast path', (t) => {
  const text = [
    '\ufeff% header',
    '/* block\n comment */ module_imports( io__file ,[',
    "\tmodule_imports_from(transform_hlds.'lambda', [imported_typeclasses(transform_hlds.lambda_like/1)]) ,",
    "\r\n  module_imports_from(list, [imported_preds([list.map/3, name_arity(\"append\", 3), '+'/ 2, func /0]), imported_preds([])]),",
    '  module_imports_from(list, [imported_preds([foldl/4 % why\n]), imported_types([list/1])])',
    ']) . % done',
  ].join('\n');
  t.true(agrees(t, text, 'f.import_info'));
  const decoded = decodeImportInfoFast(text, 'f.import_info')!;
  t.deepEqual(decoded.modulePosition, { line: 3, column: 29 });
  t.deepEqual(
    decoded.imports.imports.map((i) => [i.module, i.line, i.entities.preds.map((p) => `${p.name}/${p.arity}`).join(' ')]),
    [
      ['transform_hlds.lambda', 4, ''],
      ['list', 6, 'list.map/3 append/3 +/2 func/0 foldl/4'],
    ],
  );
});

// ---- Random texts: valid ones of every shape, and broken copies of them (test/helpers/import-info-texts.ts). ----

test('thousands of random valid texts decode alike on both paths, or the fast path declines', (t) => {
  const gen = new TextGenerator(random(20240601));
  const names = new NameTable();
  let decoded = 0;
  let valid = 0;
  const n = 4000;
  for (let i = 0; i < n; i++) {
    const text = gen.file();
    if (!(general(text, 'r.import_info') instanceof ImportGraphError)) valid++;
    if (agrees(t, text, 'r.import_info', names)) decoded++;
  }
  t.log(`${valid} of ${n} valid, ${decoded} on the fast path`);
  // The generator makes mostly valid texts, and the fast path takes most of them.
  t.true(valid > n * 0.4, `${valid} valid`);
  t.true(decoded > valid * 0.6, `${decoded} of ${valid} valid texts on the fast path`);
});

test('thousands of randomly broken texts are declined or decoded alike', (t) => {
  const gen = new TextGenerator(random(7));
  let decoded = 0;
  const n = 4000;
  for (let i = 0; i < n; i++) {
    if (agrees(t, gen.broken(gen.file()), 'b.import_info')) decoded++;
  }
  // Some edits leave a valid text (an added space); most do not.
  t.true(decoded > 0 && decoded < n);
});

/** What `scanImportInfoFast` finds in `source[from, to)`, names for ids and positions from `from`; undefined when it declines. */
function scannedAt(source: string, from: number, to: number): unknown[] | undefined {
  const table = new NameTable();
  const out = new IntList();
  if (!scanImportInfoFast(source, table, out, from, to)) return undefined;
  const r = out.view();
  const found: unknown[] = [table.name(r[0]!), r[1], r[2], r[3]];
  for (let p = SCAN_HEADER; p < r.length; p += SCAN_ENTRY) found.push(table.name(r[p]!), r[p + 1], r[p + 2]! - from, r[p + 3]! - from);
  return found;
}

test('a file scanned inside a batch of texts gives what it gives alone: nothing before or after it is taken in', (t) => {
  const gen = new TextGenerator(random(99));
  // What may follow a file in a batch: another file, or characters that would continue a token, a comment or a quoted name.
  const after = ["'", '"', '.', '(', ')', 'a', '_b', '0', '*/', '/', '\n', '%', ' ', ']', ','];
  let scanned = 0;
  for (let i = 0; i < 3000; i++) {
    // Some end in a comment without a newline: it ends at the file's end, not at a newline in the next file.
    const text = (i % 2 === 0 ? gen.file() : gen.broken(gen.file())) + gen.pick(['', '', '% end', ' /* c */', '/* c']);
    // A batch's text holds ASCII files only (others are decoded alone).
    if (!/^[\x00-\x7f]*$/.test(text)) continue;
    const before = gen.pick(['', 'module_imports(x, []).\n', "'", '/*']);
    const next = gen.chance(0.5) ? gen.file() : gen.pick(after);
    const batch = `${before}${text}${next}`;
    const alone = scannedAt(text, 0, text.length);
    t.deepEqual(scannedAt(batch, before.length, before.length + text.length), alone, JSON.stringify([before, text, next]));
    if (alone !== undefined) scanned++;
  }
  t.true(scanned > 500, `${scanned} scanned`);
});

test('a shared name table gives equal names as one string and decodes the same as a fresh one', (t) => {
  const names = new NameTable();
  const a = decodeImportInfoFast('module_imports(a, [module_imports_from(pkg.sub.mod_1, [imported_preds([p/1])])]).', 'a', names)!;
  const b = decodeImportInfoFast('module_imports(b, [module_imports_from(pkg.sub.mod_1, [imported_preds([p/2])])]).', 'b', names)!;
  t.deepEqual(b, decodeImportInfoFast('module_imports(b, [module_imports_from(pkg.sub.mod_1, [imported_preds([p/2])])]).', 'b'));
  t.is(a.imports.imports[0]!.module, 'pkg.sub.mod_1');
  t.is(names.idOf(a.imports.imports[0]!.module), names.idOf(b.imports.imports[0]!.module));
  // Entries are separate objects: merging or changing one leaves the other alone.
  t.not(a.imports.imports[0]!.entities.preds, b.imports.imports[0]!.entities.preds);
});

test('an entry repeated with 200,000 entities each merges on both paths', (t) => {
  const n = 200_000;
  const items = Array.from({ length: n }, (_, i) => `p${i}/1`).join(', ');
  const entry = `module_imports_from(a, [imported_preds([${items}]), imported_preds([${items}])])`;
  const text = `module_imports(m, [${entry}, ${entry}]).\n`;
  const fast = decodeImportInfoFast(text, 'big.import_info');
  const slow = decodeImportInfoAt(text, 'big.import_info');
  // JSON, not deepEqual: ava's diffing of 800,000 objects takes many seconds.
  t.true(fast !== undefined && JSON.stringify(fast) === JSON.stringify(slow));
  const preds = slow.imports.imports[0]!.entities.preds;
  t.is(preds.length, 4 * n);
  t.deepEqual(preds[3 * n + 7], { name: 'p7', arity: 1 });
});
