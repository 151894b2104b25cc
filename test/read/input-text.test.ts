// Bytes that are not UTF-8, texts too long for a string and files that cannot be read must be clear errors naming the file (and the place), never U+FFFD or a crash.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { decodeInputText, firstInvalidUtf8, readInputBytes } from '../../src/read/input-text.js';
import { expandInputs } from '../../src/read/input-files.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { scanSources } from '../../src/read/read-inputs.js';
import { readSpecFile } from '../../src/pipeline/spec-choice.js';
import { resolveWeights } from '../../src/pipeline/resolve-weights.js';
import { temporaryDirectory } from '../helpers/project.js';

const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function inputError(t: import('ava').ExecutionContext, f: () => unknown): ImportGraphError {
  const e = t.throws(f, { instanceOf: ImportGraphError })!;
  t.is(e.code, 'E_INPUT');
  return e;
}

test('an invalid byte is an error at its line and column, with the byte and its offset', (t) => {
  const e = inputError(t, () => decodeInputText(bytes('module_imports(m, [\n  module_imports_from(b', [0xff], ', [])]).\n'), 'm.import_info'));
  t.deepEqual(e.problems, [{ file: 'm.import_info', line: 2, column: 24, message: 'invalid UTF-8 (byte 0xFF at byte offset 43)' }]);
  t.is(e.message, 'm.import_info:2:24: invalid UTF-8 (byte 0xFF at byte offset 43)');
});

test('columns count UTF-16 code units after valid multibyte characters, and not the byte order mark', (t) => {
  // é is 2 bytes and 1 column, 😀 is 4 bytes and 2 columns (as the lexer counts).
  const e = inputError(t, () => decodeInputText(bytes([0xef, 0xbb, 0xbf], 'é😀', [0xc3, 0x28]), 'x'));
  t.like(e.problems[0], { line: 1, column: 4, message: 'invalid UTF-8 (byte 0xC3 at byte offset 9)' });
});

const INVALID: Array<[string, number[], number]> = [
  ['a continuation byte alone', [0x61, 0x80], 1],
  ['an overlong encoding', [0xc0, 0x80], 0],
  ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
  ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ['a byte that never occurs', [0xf5, 0x80, 0x80, 0x80], 0],
  ['a sequence cut off by the end', [0x61, 0x62, 0xe2, 0x82], 2],
];
for (const [what, input, at] of INVALID) {
  test(`${what} is invalid at its first byte`, (t) => {
    t.is(firstInvalidUtf8(Uint8Array.from(input)), at);
    const e = inputError(t, () => decodeInputText(Uint8Array.from(input), 'x'));
    t.regex(e.problems[0]!.message, new RegExp(`at byte offset ${at}\\)$`));
  });
}

test('the validator finds exactly what a fatal TextDecoder rejects, on random bytes', (t) => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  for (let i = 0; i < 20_000; i++) {
    const input = Uint8Array.from({ length: 1 + (i % 9) }, () => (next() & 1 ? next() : 0x80 | (next() & 0x3f)));
    const at = firstInvalidUtf8(input);
    let ok = true;
    try {
      fatal.decode(input);
    } catch {
      ok = false;
    }
    t.is(at === input.length, ok, `${Buffer.from(input).toString('hex')}`);
    if (!ok) t.notThrows(() => fatal.decode(input.subarray(0, at)));
  }
});

test('a byte order mark is accepted and kept for the lexer to skip', (t) => {
  t.is(decodeInputText(bytes([0xef, 0xbb, 0xbf], 'a'), 'x'), '\ufeffa');
});

test('a text longer than a string can hold is an error naming the file (the limit lowered to 10 characters)', (t) => {
  const e = inputError(t, () => decodeInputText(bytes('abcdefghijk'), 'big.import_info', 10));
  t.deepEqual(e.problems, [{ file: 'big.import_info', line: 1, column: 1, message: 'too large to read as text (11 bytes; a string holds at most 10 characters)' }]);
  // Twelve bytes, but six characters: fits.
  t.is(decodeInputText(bytes('éééééé'), 'x', 10), 'éééééé');
});

test('two `.import_info` files with different invalid bytes are both errors, not one merged name', async (t) => {
  const dir = temporaryDirectory();
  const a = join(dir, 'a.import_info');
  const b = join(dir, 'b.import_info');
  writeFileSync(a, bytes('module_imports(b', [0xfe], ', []).\n'));
  writeFileSync(b, bytes('module_imports(b', [0xff], ', []).\n'));
  const e = await t.throwsAsync(readImportInfos([a, b]), { instanceOf: ImportGraphError });
  t.is(e!.code, 'E_INPUT');
  t.deepEqual(
    e!.problems.map((p) => [p.file, p.line, p.column, p.message]),
    [
      [a, 1, 17, 'invalid UTF-8 (byte 0xFE at byte offset 16)'],
      [b, 1, 17, 'invalid UTF-8 (byte 0xFF at byte offset 16)'],
    ],
  );
});

test('invalid UTF-8 in a `.m` file, an @list, a spec or a weights file is a located input error', async (t) => {
  const dir = temporaryDirectory();
  const bad = bytes('ok\n', [0x80], '\n');
  for (const f of ['bad.m', 'bad.list', 'bad.spec', 'bad.tsv']) writeFileSync(join(dir, f), bad);
  const expected = { line: 2, column: 1, message: 'invalid UTF-8 (byte 0x80 at byte offset 3)' };
  t.like(inputError(t, () => scanSources([join(dir, 'bad.m')])).problems[0], { file: join(dir, 'bad.m'), ...expected });
  const list = await t.throwsAsync(expandInputs(['@bad.list'], { cwd: dir }), { instanceOf: ImportGraphError });
  t.like(list!.problems[0], { file: 'bad.list', ...expected });
  const spec = await t.throwsAsync(readSpecFile('bad.spec', dir), { instanceOf: ImportGraphError });
  t.like(spec!.problems[0], { file: 'bad.spec', ...expected });
  const weights = await t.throwsAsync(resolveWeights('bad.tsv', [], dir), { instanceOf: ImportGraphError });
  t.like(weights!.problems[0], { file: 'bad.tsv', ...expected });
  for (const e of [list, spec, weights]) t.is(e!.code, 'E_INPUT');
});

test('a directory or a missing file given as an input is E_NO_INPUT naming it and why', async (t) => {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'd.import_info'));
  const isDir = t.throws(() => readInputBytes(join(dir, 'd.import_info')), { instanceOf: ImportGraphError })!;
  t.is(isDir.code, 'E_NO_INPUT');
  t.is(isDir.message, `cannot read the input file \`${join(dir, 'd.import_info')}\`: it is a directory`);
  const missing = await t.throwsAsync(readImportInfos([join(dir, 'none.import_info')]), { instanceOf: ImportGraphError });
  t.is(missing!.code, 'E_NO_INPUT');
  t.regex(missing!.message, /none\.import_info`: ENOENT/);
  const list = await t.throwsAsync(expandInputs(['@d.import_info'], { cwd: dir }), { instanceOf: ImportGraphError });
  t.is(list!.message, 'cannot read the list file `d.import_info`: it is a directory');
});
