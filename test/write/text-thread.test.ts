// Text made in a worker thread reaches the file as the same bytes as text made here, a writer's error is thrown as the writer throws it, and a lost worker changes nothing.
import test from 'ava';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { ImportGraphError } from '../../src/errors.js';
import { contentText } from '../../src/write/output-content.js';
import { TextThread } from '../../src/write/text-thread.js';
import { threadableText } from '../../src/write/text-writers.js';
import { writeUnlessSame } from '../../src/write/write-unless-same.js';
import { temporaryDirectory } from '../helpers/project.js';

// A chain of 60,000 modules: .dep text of several 1 MiB blocks, so buffers go back and forth.
const count = 60_000;
const names = Array.from({ length: count }, (_, i) => `pkg.module_${String(i).padStart(6, '0')}`);
const order = compactGraphFromEdges(count, Int32Array.from({ length: count - 1 }, (_, i) => i), Int32Array.from({ length: count - 1 }, (_, i) => i + 1));
const ids = Int32Array.from({ length: count }, (_, i) => i);
const rows = { nodeCount: order.nodeCount, offsets: order.offsets, targets: order.targets };

async function written(content: ReturnType<typeof threadableText>, thread: TextThread, old?: string): Promise<{ written: boolean; text: string | undefined }> {
  const dir = temporaryDirectory();
  const existing = join(dir, 'existing');
  if (old !== undefined) writeFileSync(existing, old);
  const wrote = await writeUnlessSame(existing, content, async () => join(dir, 'target'), thread);
  return { written: wrote, text: wrote ? readFileSync(join(dir, 'target'), 'utf8') : undefined };
}

test('each writer\'s text made in the thread is the text made here, written whole and left alone when unchanged', async (t) => {
  const thread = new TextThread();
  try {
    const contents = [
      threadableText('makeRuleLines', names, rows, ids, ids),
      threadableText('ninjaRuleLines', names, rows, ids, { useSubdirs: true }),
      threadableText('orderFileLines', names, rows, ids),
      threadableText('sccIndexLines', names, names.map((_, v) => (v % 3 === 0 ? 'imports_x.dot' : undefined))),
    ];
    const texts = contents.map((c) => contentText(c));
    t.true(texts[0].length > 3 << 20);
    // All at once, as an output transaction asks.
    const results = await Promise.all(contents.map((c) => written(c, thread)));
    t.deepEqual(results.map((r) => r.text), texts);
    t.is(thread.received, texts.reduce((n, text) => n + Buffer.byteLength(text), 0), 'every byte was made in the thread');
    const again = await Promise.all(contents.map((c, i) => written(c, thread, texts[i])));
    t.deepEqual(again.map((r) => r.written), [false, false, false, false]);
    const changed = await written(contents[0], thread, texts[0].slice(0, -1) + 'x');
    t.is(changed.text, texts[0]);
  } finally {
    await thread.close();
  }
});

test('a writer\'s error in the thread is thrown here as the writer throws it', async (t) => {
  const thread = new TextThread();
  try {
    const bad = [...names.slice(0, 10), 'no spaces allowed'];
    const content = threadableText('makeRuleLines', bad, compactGraphFromEdges(bad.length, [], []), Int32Array.from(bad, (_, i) => i), Int32Array.from(bad, (_, i) => i));
    const error = await t.throwsAsync(written(content, thread));
    t.true(error instanceof ImportGraphError);
    t.is((error as ImportGraphError).code, 'E_INPUT');
    t.regex(error!.message, /no spaces allowed/);
  } finally {
    await thread.close();
  }
});

test('a worker stopped while a file is written: the rest is made here, the same bytes', async (t) => {
  const thread = new TextThread();
  const content = threadableText('makeRuleLines', names, rows, ids, ids);
  const expected = contentText(content);
  const writing = written(content, thread);
  // Stopped as soon as the first block is out (or before): either way the file is whole.
  setImmediate(() => void thread.close());
  t.is((await writing).text, expected);
  t.is((await written(content, thread)).text, expected, 'a closed thread makes nothing; the text is made here');
});

test('files that fail while their text is made there do not hold up the next job', async (t) => {
  const thread = new TextThread();
  try {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'a directory'));
    // Each fails holding a block: more of them than the worker has buffers.
    for (let i = 0; i < 4; i++) {
      const failing = threadableText('makeRuleLines', names, rows, ids, ids);
      await t.throwsAsync(writeUnlessSame(undefined, failing, async () => join(dir, 'a directory'), thread), { code: 'EISDIR' });
    }
    const before = thread.received;
    const next = threadableText('ninjaRuleLines', names, rows, ids, undefined);
    t.is((await written(next, thread)).text, contentText(next));
    t.true(thread.received - before >= Buffer.byteLength(contentText(next)), 'the next job was made in the thread');
  } finally {
    await thread.close();
  }
});
