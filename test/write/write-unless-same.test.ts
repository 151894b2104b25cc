// A file is compared with its new content block by block: equal, it is never written; different anywhere (or longer, or shorter), the target gets the whole new content.
import test from 'ava';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { streamedText } from '../../src/write/output-content.js';
import { writeUnlessSame } from '../../src/write/write-unless-same.js';
import { temporaryDirectory } from '../helpers/project.js';

// Text of several 1 MiB blocks, so a difference can fall in a later block than the first.
const big = (n: number) => Array.from({ length: n }, (_, i) => `module_${i} reads module_${i + 1}\n`);

async function outcome(old: string | undefined, pieces: string[]): Promise<{ written: boolean; target: string | undefined; asked: number }> {
  const dir = temporaryDirectory();
  const existing = join(dir, 'existing');
  if (old !== undefined) writeFileSync(existing, old);
  let asked = 0;
  const written = await writeUnlessSame(existing, streamedText(() => pieces), async () => {
    asked++;
    return join(dir, 'target');
  });
  const target = existsSync(join(dir, 'target')) ? readFileSync(join(dir, 'target'), 'utf8') : undefined;
  return { written, target, asked };
}

test('the same bytes: nothing is written, and the existing file keeps its timestamp', async (t) => {
  const dir = temporaryDirectory();
  const existing = join(dir, 'existing');
  const pieces = big(200_000);
  writeFileSync(existing, pieces.join(''));
  utimesSync(existing, new Date(2000, 0, 1), new Date(2000, 0, 1));
  const before = statSync(existing).mtimeMs;
  const written = await writeUnlessSame(existing, streamedText(() => pieces), () => Promise.reject(new Error('no target should be asked for')));
  t.false(written);
  t.is(statSync(existing).mtimeMs, before);
});

test('a difference in a late block: the target holds the whole new content, the matched start copied over', async (t) => {
  const pieces = big(200_000);
  const old = pieces.join('');
  pieces[pieces.length - 10] = 'changed\n';
  const result = await outcome(old, pieces);
  t.deepEqual(result, { written: true, target: pieces.join(''), asked: 1 });
});

test('new content that is the old one cut short, or the old one with more after it, is written', async (t) => {
  const pieces = big(100_000);
  const whole = pieces.join('');
  t.deepEqual(await outcome(whole, pieces.slice(0, -3)), { written: true, target: pieces.slice(0, -3).join(''), asked: 1 });
  t.deepEqual(await outcome(whole.slice(0, -5), pieces), { written: true, target: whole, asked: 1 });
});

test('no existing file: the content is written, even when empty', async (t) => {
  t.deepEqual(await outcome(undefined, ['a', 'b']), { written: true, target: 'ab', asked: 1 });
  t.deepEqual(await outcome(undefined, []), { written: true, target: '', asked: 1 });
  t.deepEqual(await outcome('', []), { written: false, target: undefined, asked: 0 });
  t.deepEqual(await outcome('x', []), { written: true, target: '', asked: 1 });
});

test('an error while the text is made reaches the caller, and the target is closed', async (t) => {
  const dir = temporaryDirectory();
  function* failing(): Generator<string> {
    yield 'x'.repeat(3 << 20);
    throw new Error('made badly');
  }
  const error = await t.throwsAsync(writeUnlessSame(join(dir, 'missing'), streamedText(failing), async () => join(dir, 'target')));
  t.is(error!.message, 'made badly');
  t.is(readFileSync(join(dir, 'target'), 'utf8').length, 3 << 20);
});
