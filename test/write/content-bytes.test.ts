// A content's UTF-8 bytes come out of one reused buffer a fill at a time: the same bytes as the whole text, never half a character, items written straight in whole or again in the next, and bytes made before a failure still handed out.
import test from 'ava';
import { ContentBytes } from '../../src/write/content-bytes.js';
import type { BlockItems, BlockText } from '../../src/write/block-text.js';
import { contentText, streamedParts, streamedText, type OutputContent } from '../../src/write/output-content.js';

// Every fill of one buffer of `size`, copied out.
function fills(content: OutputContent, size: number): Buffer[] {
  const bytes = new ContentBytes(content);
  const buffer = Buffer.alloc(size);
  const out: Buffer[] = [];
  for (let filled = bytes.fill(buffer); filled > 0; filled = bytes.fill(buffer)) out.push(Buffer.from(buffer.subarray(0, filled)));
  return out;
}

test('pieces fill a buffer while whole pieces fit, and the bytes are the whole text\'s', (t) => {
  const pieces = Array.from({ length: 500 }, (_, i) => `line ${i} é ${'€'.repeat(i % 4)}\n`);
  const blocks = fills(streamedText(() => pieces), 100);
  t.true(blocks.length > 20);
  t.true(blocks.every((b) => b.length <= 100));
  t.deepEqual(Buffer.concat(blocks), Buffer.from(pieces.join(''), 'utf8'));
});

test('a string longer than the buffer is cut between characters, down to a buffer of four bytes', (t) => {
  const text = 'ab😀é€' + '😀'.repeat(50) + 'x€'.repeat(30) + 'end';
  for (const size of [4, 5, 6, 7, 8, 13, 64]) {
    const blocks = fills(text, size);
    t.true(blocks.every((b) => b.length > 0 && b.length <= size), `size ${size}`);
    t.deepEqual(Buffer.concat(blocks), Buffer.from(text, 'utf8'), `size ${size}`);
    // Each block decodes on its own: no character was split between two.
    t.false(blocks.some((b) => b.toString('utf8').includes('\uFFFD')), `size ${size}`);
  }
  t.deepEqual(Buffer.concat(fills(streamedText(() => ['x', text, 'y']), 9)), Buffer.from(`x${text}y`, 'utf8'));
});

test('bytes are handed out as they are; empty content gives nothing', (t) => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => i & 255);
  t.deepEqual(fills(bytes, 128).map((b) => b.length), [128, 128, 44]);
  t.deepEqual(Buffer.concat(fills(bytes, 128)), Buffer.from(bytes));
  t.deepEqual(fills('', 16), []);
  t.deepEqual(fills(streamedText(() => ['', '']), 16), []);
});

test('a failure while the next piece is made comes after the bytes already in the buffer', (t) => {
  function* failing(): Generator<string> {
    yield 'abc';
    yield 'def';
    throw new Error('made badly');
  }
  const bytes = new ContentBytes(streamedText(failing));
  const buffer = Buffer.alloc(64);
  t.is(buffer.subarray(0, bytes.fill(buffer)).toString(), 'abcdef');
  t.throws(() => bytes.fill(buffer), { message: 'made badly' });
});

/** Items `texts` written straight into the blocks (ASCII and not), each written again when it did not fit; how often each was written. */
function items(texts: readonly string[]): BlockItems & { writes: number[] } {
  let i = 0;
  const writes = texts.map(() => 0);
  return {
    writes,
    write(out: BlockText): boolean {
      if (i >= texts.length) return false;
      writes[i]!++;
      out.text(texts[i]!);
      return true;
    },
    next(): void {
      i++;
    },
  };
}

test('items written into the buffer: whole while they fit, one that did not is written again into the next, with strings around them', (t) => {
  const texts = Array.from({ length: 300 }, (_, i) => `{"item": ${i}, "name": "caf\u00e9 ${'€'.repeat(i % 5)}"},\n`);
  for (const size of [64, 100, 257, 4096]) {
    const parts = items(texts);
    const content = { chunks: () => [], parts: () => ['start ', parts, ' middle ', items(['x', 'y']), ' end'] };
    const blocks = fills(content, size);
    t.deepEqual(Buffer.concat(blocks), Buffer.from(`start ${texts.join('')} middle xy end`, 'utf8'), `size ${size}`);
    t.true(blocks.every((b) => b.length <= size && !b.toString('utf8').includes('\uFFFD')), `size ${size}`);
    // Each item written once, or twice when it was the one that did not fit.
    t.true(parts.writes.every((n) => n === 1 || n === 2));
    t.true(parts.writes.filter((n) => n === 2).length < blocks.length);
  }
});

test('an item longer than a whole buffer is handed out from one of its own, cut between characters', (t) => {
  const long = `${'€'.repeat(100)}ab😀${'é'.repeat(51)}`;
  const texts = ['first', long, 'after', long];
  for (const size of [4, 5, 7, 16, 100]) {
    const blocks = fills({ chunks: () => [], parts: () => [items(texts)] }, size);
    t.deepEqual(Buffer.concat(blocks), Buffer.from(texts.join(''), 'utf8'), `size ${size}`);
    t.true(blocks.every((b) => b.length > 0 && b.length <= size), `size ${size}`);
    t.false(blocks.some((b) => b.toString('utf8').includes('\uFFFD')), `size ${size}`);
  }
});

test('content with parts is text, as its parts write it', (t) => {
  const content = streamedParts(() => ['a', items(['b', '€', 'c'.repeat(70000)]), 'd']);
  t.is(contentText(content), `ab€${'c'.repeat(70000)}d`);
});

test('a failure while an item is written comes after the bytes already in the buffer', (t) => {
  const failing: BlockItems = {
    write(): boolean {
      throw new Error('made badly');
    },
    next(): void {},
  };
  const bytes = new ContentBytes({ chunks: () => [], parts: () => ['abc', failing] });
  const buffer = Buffer.alloc(64);
  t.is(buffer.toString('utf8', 0, bytes.fill(buffer)), 'abc');
  t.throws(() => bytes.fill(buffer), { message: 'made badly' });
});
