// Text made in pieces reaches the file as the same UTF-8 bytes as the whole string would, in blocks of bounded size.
import test from 'ava';
import { contentBlocks, contentText, streamedText } from '../../src/write/output-content.js';

const bytesOf = (blocks: Iterable<Uint8Array>): Buffer => Buffer.concat(Array.from(blocks, (b) => Buffer.from(b)));

test('pieces are gathered into blocks of about the block size, and their bytes are the whole text\'s', (t) => {
  const pieces = Array.from({ length: 100 }, (_, i) => `line ${i} é\n`);
  const blocks = Array.from(contentBlocks(streamedText(() => pieces), 64));
  t.true(blocks.length > 5);
  // A block ends before the piece that would not fit: full but for less than one piece (at most 12 bytes).
  t.true(blocks.every((b) => b.length <= 64));
  t.true(blocks.slice(0, -1).every((b) => b.length > 64 - 12));
  t.deepEqual(bytesOf(blocks), Buffer.from(pieces.join(''), 'utf8'));
});

test('a long string is cut between characters: a surrogate pair on a block boundary stays whole', (t) => {
  // Each 😀 is two UTF-16 units; with odd offsets some cut would fall inside a pair if it were not moved.
  for (const prefix of ['', 'x', 'xy']) {
    const text = prefix + '😀'.repeat(200) + 'end';
    const blocks = Array.from(contentBlocks(text, 7));
    t.true(blocks.length > 10);
    t.deepEqual(bytesOf(blocks), Buffer.from(text, 'utf8'), JSON.stringify(prefix));
    t.false(bytesOf(blocks).toString('utf8').includes('\uFFFD'));
  }
});

test('bytes pass as they are, in blocks; empty content makes no block', (t) => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => i & 255);
  const blocks = Array.from(contentBlocks(bytes, 128));
  t.deepEqual(blocks.map((b) => b.length), [128, 128, 44]);
  t.deepEqual(bytesOf(blocks), Buffer.from(bytes));
  t.deepEqual(Array.from(contentBlocks('')), []);
  t.deepEqual(Array.from(contentBlocks(streamedText(() => []))), []);
});

test('contentText gives the whole text of any kind of content', (t) => {
  t.is(contentText('abc'), 'abc');
  t.is(contentText(Buffer.from('é', 'utf8')), 'é');
  t.is(contentText(streamedText(() => ['a', 'b', 'c'])), 'abc');
});
