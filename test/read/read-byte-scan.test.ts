// The byte scanner must give exactly what the text scanner gives, names interned in the same order, or decline so that the text scanner decides.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { scanImportInfoFast } from '../../src/read/import-info-fast.js';
import { IntList } from '../../src/read/int-list.js';
import { NameTable } from '../../src/read/name-table.js';
import { internScanned, scanImportInfoBytes, startScanning } from '../../src/read/read-byte-scan.js';
import { TextGenerator, random } from '../helpers/import-info-texts.js';
import { examplesDir, fixturesDir } from '../helpers/project.js';

interface Scanned {
  /** Per file, its integers, or undefined when declined. */
  files: (number[] | undefined)[];
  /** The names in id order. */
  names: string[];
  /** Files the byte scanner took. */
  byBytes: number;
}

/** The files of a batch (`before`, then each text, then `after`) scanned by the text scanner alone, as one table. */
function byText(texts: readonly string[], before = '', after = ''): Scanned {
  const batch = before + texts.join('') + after;
  const table = new NameTable();
  const files: (number[] | undefined)[] = [];
  let from = before.length;
  for (const text of texts) {
    const out = new IntList();
    files.push(scanImportInfoFast(batch, table, out, from, from + text.length) ? Array.from(out.view()) : undefined);
    from += text.length;
  }
  return { files, names: table.namesFrom(0), byBytes: 0 };
}

/** The same files as the bulk reader scans them: by bytes, and the files that declines by text (the names before it interned first). */
function byBytes(texts: readonly string[], before = '', after = ''): Scanned {
  const bytes = Buffer.from(before + texts.join('') + after, 'latin1');
  const batch = bytes.toString('latin1');
  const table = new NameTable();
  const out = new IntList();
  const ranges: [number, number][] = [];
  let byBytes = 0;
  let from = before.length;
  startScanning();
  for (const text of texts) {
    const at = out.length;
    if (scanImportInfoBytes(bytes, out, from, from + text.length)) {
      byBytes++;
    } else {
      internScanned(bytes, table, out);
      if (!scanImportInfoFast(batch, table, out, from, from + text.length)) out.truncate(at);
    }
    ranges.push([at, out.length]);
    from += text.length;
  }
  internScanned(bytes, table, out);
  const all = Array.from(out.view());
  return { files: ranges.map(([a, b]) => (a === b ? undefined : all.slice(a, b))), names: table.namesFrom(0), byBytes };
}

const ascii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

test('every bundled example is scanned from its bytes, to exactly what the text scanner gives', (t) => {
  const texts: string[] = [];
  for (const dir of [join(examplesDir, 'mercury-library', 'import_info'), join(examplesDir, 'calculator')]) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.import_info')) texts.push(readFileSync(join(dir, f), 'latin1'));
  }
  const bytes = byBytes(texts);
  t.deepEqual({ ...bytes, byBytes: 0 }, byText(texts));
  // All but the calculator's few with `name_arity`, `__` or quoted module names.
  t.true(bytes.byBytes >= texts.length - 5, `${bytes.byBytes} of ${texts.length}`);
});

test('every read fixture is scanned alike or left to the text scanner', (t) => {
  const texts: string[] = [];
  for (const kind of ['good', 'bad']) {
    const dir = join(fixturesDir, 'read', kind);
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.import_info')) texts.push(readFileSync(join(dir, f), 'latin1'));
  }
  const ok = texts.filter(ascii);
  t.deepEqual(byBytes(ok).files, byText(ok).files);
  t.deepEqual(byBytes(ok).names, byText(ok).names);
});

test('the plainest shape is scanned from bytes; anything else is left to the text scanner', (t) => {
  const scan = (text: string): boolean => {
    startScanning();
    return scanImportInfoBytes(Buffer.from(text, 'latin1'), new IntList(), 0, text.length);
  };
  t.true(scan('module_imports(a.b, [\n  module_imports_from(c_1.dD, [imported_preds([p/1, q.r/20]), imported_typeclasses(t/1)])\n]).\n'));
  t.true(scan('module_imports(m, []).'));
  t.true(scan('% a comment\nmodule_imports(m, /* c\n */ []). % done'));
  t.true(scan("module_imports(m, [module_imports_from(a, [imported_funcs(['+'/2, a.'[|]'/2, ''/0])])])."));
  for (const other of [
    "module_imports('m', []).",
    'module_imports(io__file, []).',
    "module_imports(m, [module_imports_from(a, [imported_preds([''.p/2])])]).",
    "module_imports(m, [module_imports_from(a, [imported_preds(['it''s'/2])])]).",
    "module_imports(m, [module_imports_from(a, [imported_preds(['a\\\\b'/2])])]).",
    "module_imports(m, [module_imports_from(a, [imported_preds(['caf\u00e9'/2])])]).",
    'module_imports(m, [module_imports_from(a, [imported_preds([name_arity("p", 1)])])]).',
    'module_imports(m, [module_imports_from(a, [imported_preds([p/1000001])])]).',
    'module_imports(m, [])',
    'module_imports(m, []). /* no end',
    'module_imports(m, []). % caf\u00e9',
    'module_imports(m, []).x',
    'module_imports(caf\u00e9, []).',
  ]) {
    t.false(scan(other), other);
  }
});

test('thousands of random batches of plain, odd and broken texts: the byte scanner gives what the text scanner gives, or declines', (t) => {
  const plain = new TextGenerator(random(20260101), true);
  const odd = new TextGenerator(random(31));
  // What may stand before and after the files in a batch's bytes.
  const around = ['', "'", '"', '.', '(', 'a', '_b', '0', '*/', '/*', '\n', '%', ' ', ']', ',', 'module_imports(x, []).\n'];
  let files = 0;
  let scannedByBytes = 0;
  for (let i = 0; i < 400; i++) {
    const texts: string[] = [];
    for (let k = 1 + plain.int(12); k > 0; k--) {
      const gen = plain.chance(0.8) ? plain : odd;
      const text = plain.chance(0.75) ? gen.file() : gen.broken(gen.file());
      if (ascii(text)) texts.push(text);
    }
    const before = plain.pick(around);
    const after = plain.pick(around);
    const expected = byText(texts, before, after);
    const got = byBytes(texts, before, after);
    t.deepEqual(got.files, expected.files, JSON.stringify({ before, texts, after }));
    t.deepEqual(got.names, expected.names, JSON.stringify({ before, texts, after }));
    files += texts.length;
    scannedByBytes += got.byBytes;
  }
  t.log(`${scannedByBytes} of ${files} files scanned from their bytes`);
  t.true(scannedByBytes > files * 0.3, `${scannedByBytes} of ${files}`);
});

test('a name too long for the name policy is left to the text scanner; tens of thousands of names keep their ids', (t) => {
  const texts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const imports = Array.from({ length: 8 }, (_, k) => `module_imports_from(pkg${(i + k) % 5}.mod_${(i * 7 + k * 131) % 20000}, [imported_preds([p${k}/${k}])])`);
    texts.push(`module_imports(pkg${i % 5}.mod_${i}, [\n    ${imports.join(',\n    ')}\n]).\n`);
  }
  texts.push(`module_imports(${'a'.repeat(200)}, []).`, `module_imports(${'b'.repeat(300)}, []).`);
  const got = byBytes(texts);
  t.deepEqual(got, { ...byText(texts), byBytes: texts.length - 1 });
});
