// New small files are written by a worker thread in the order given, each file's outcome its own, and written here instead when the worker cannot run.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSmallWholeContent, NewFileWriter, SMALL_FILE_BYTES } from '../../src/write/new-file-writer.js';
import { streamedText } from '../../src/write/output-content.js';
import { temporaryDirectory } from '../helpers/project.js';

const manyFiles = (dir: string, count: number) => Array.from({ length: count }, (_, i) => ({ path: join(dir, `f${i}.txt`), content: i % 2 === 0 ? `text ${i} é\n` : Buffer.from(`bytes ${i}\n`) }));

test('every file is written with its content, strings as UTF-8, and each promise settles when its file is there', async (t) => {
  const dir = temporaryDirectory();
  const writer = new NewFileWriter();
  const files = manyFiles(dir, 150);
  await Promise.all(writer.write(files));
  writer.close();
  for (const f of files) t.deepEqual(readFileSync(f.path), Buffer.from(f.content));
});

test("a file that cannot be written fails alone, with the file system's error; the files after it are still written", async (t) => {
  const dir = temporaryDirectory();
  const writer = new NewFileWriter();
  const files = [{ path: join(dir, 'a'), content: 'a' }, { path: join(dir, 'missing', 'b'), content: 'b' }, { path: join(dir, 'c'), content: 'c' }];
  const outcomes = await Promise.allSettled(writer.write(files));
  writer.close();
  t.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
  const error = (outcomes[1] as PromiseRejectedResult).reason as NodeJS.ErrnoException;
  t.is(error.code, 'ENOENT');
  t.regex(error.message, /no such file or directory/);
  t.is(readFileSync(join(dir, 'c'), 'utf8'), 'c');
});

test('a worker that cannot start leaves its files to this thread, and they are written all the same', async (t) => {
  const dir = temporaryDirectory();
  const writer = new NewFileWriter(new URL('./no-such-worker.js', import.meta.url));
  const files = manyFiles(dir, 10);
  await Promise.all(writer.write(files));
  writer.close();
  for (const f of files) t.deepEqual(readFileSync(f.path), Buffer.from(f.content));
});

test('only whole contents up to the limit are small: text made in pieces and larger contents are not', (t) => {
  t.true(isSmallWholeContent('x'.repeat(SMALL_FILE_BYTES)));
  t.true(isSmallWholeContent(new Uint8Array(10)));
  t.false(isSmallWholeContent('x'.repeat(SMALL_FILE_BYTES + 1)));
  t.false(isSmallWholeContent(streamedText(() => ['x'])));
});

test('files whose bytes fill more than one batch (16 MiB) are all written, each with its own bytes', async (t) => {
  const dir = temporaryDirectory();
  const writer = new NewFileWriter();
  const files = Array.from({ length: 80 }, (_, i) => ({ path: join(dir, `big${i}`), content: String.fromCharCode(97 + (i % 26)).repeat(250_000) + `#${i}` }));
  await Promise.all(writer.write(files));
  writer.close();
  for (const f of files) t.is(readFileSync(f.path, 'utf8'), f.content);
});
