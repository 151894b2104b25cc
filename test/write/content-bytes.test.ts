// A content's UTF-8 bytes come out of one reused buffer a fill at a time: the same bytes as the whole text, never half a character, and bytes made before a failure still handed out.
import test from 'ava';
import { ContentBytes } from '../../src/write/content-bytes.js';
import { streamedText, type OutputContent } from '../../src/write/output-content.js';

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
