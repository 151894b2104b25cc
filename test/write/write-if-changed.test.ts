// make rebuilds what is newer: an unchanged output must keep its timestamp, and a changed one must never be seen half-written.
import test from 'ava';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { streamedText } from '../../src/write/output-content.js';
import { writeFileIfChanged, writeOutputs } from '../../src/write/write-if-changed.js';
import { temporaryDirectory } from '../helpers/project.js';

test('a file whose content would not change is not rewritten', async (t) => {
  const dir = temporaryDirectory();
  const file = join(dir, 'x.dep');
  writeFileSync(file, 'same\n');
  utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
  const before = statSync(file).mtimeMs;
  t.is(await writeFileIfChanged(file, 'same\n'), 'unchanged');
  t.is(statSync(file).mtimeMs, before);
});

test('a changed file is replaced whole and no temporary file is left behind', async (t) => {
  const dir = temporaryDirectory();
  const file = join(dir, 'sub', 'x.dep');
  t.is(await writeFileIfChanged(file, 'one\n'), 'written');
  t.is(await writeFileIfChanged(file, 'two\n'), 'written');
  t.is(readFileSync(file, 'utf8'), 'two\n');
  t.deepEqual(readdirSync(join(dir, 'sub')), ['x.dep']);
});

test('a file that cannot be written is an E_OUTPUT error naming it', async (t) => {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'taken'));
  const error = await t.throwsAsync(writeFileIfChanged(join(dir, 'taken'), 'x'));
  t.is((error as any).code, 'E_OUTPUT');
  t.regex(error!.message, /taken/);
});

test('writeOutputs reports written and unchanged paths sorted', async (t) => {
  const dir = temporaryDirectory();
  const files = ['b', 'a', 'c'].map((n) => ({ path: join(dir, n), content: n }));
  t.deepEqual((await writeOutputs(files)).written, ['a', 'b', 'c'].map((n) => join(dir, n)));
  const again = await writeOutputs(files);
  t.deepEqual(again.written, []);
  t.is(again.unchanged.length, 3);
});

test('text made in pieces (as sccOutputs gives the large files) is written as its whole text, and left alone when unchanged', async (t) => {
  const dir = temporaryDirectory();
  const file = join(dir, 'importgraph.dep');
  const lines = Array.from({ length: 100_000 }, (_, i) => `m${i}.trans_opt_date :\n`);
  t.is(await writeFileIfChanged(file, streamedText(() => lines)), 'written');
  t.is(readFileSync(file, 'utf8'), lines.join(''));
  utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
  const before = statSync(file).mtimeMs;
  t.is(await writeFileIfChanged(file, streamedText(() => lines)), 'unchanged');
  t.is(statSync(file).mtimeMs, before);
  t.deepEqual(readdirSync(dir), ['importgraph.dep']);
});
