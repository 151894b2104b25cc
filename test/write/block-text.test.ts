// Text written straight into a block is the UTF-8 Buffer writes, numbers as `${x}` writes them, and what falls past the block's end is counted, never stored.
import test from 'ava';
import { BlockText, ByteRun } from '../../src/write/block-text.js';
import { seededRandom } from '../helpers/random.js';

/** What `write` puts in a fresh block of `size` bytes: the text, and how many bytes it counted. */
function written(write: (out: BlockText) => void, size = 256): { text: Buffer; at: number; block: Buffer } {
  const out = new BlockText();
  const block = Buffer.alloc(size, 0x2a);
  out.target(block, 0);
  write(out);
  return { text: block.subarray(0, Math.min(out.at, size)), at: out.at, block };
}

test('any text is written as Buffer writes it as UTF-8, lone surrogates as U+FFFD', (t) => {
  const next = seededRandom(20261202).next;
  const alphabet = ['a', 'Z', '"', '\n', '\u0000', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u2028', '\uffff', '\ud83d', '\ude00', '\ud83d\ude00', '\udbff\udfff'];
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const { text, at } = written((out) => out.text(s));
    t.deepEqual(text, Buffer.from(s, 'utf8'), JSON.stringify(s));
    t.is(at, Buffer.byteLength(s, 'utf8'));
  }
  t.deepEqual(written((out) => out.textPart('xcaf\u00e9x', 1, 5)).text, Buffer.from('caf\u00e9'));
  t.deepEqual(written((out) => out.asciiPart('[name/2]', 1, 5)).text, Buffer.from('name'));
});

test('numbers are written as `${x}` writes them', (t) => {
  for (const x of [0, -0, 1, 9, 10, 99, 100, 12345, 2147483647, 2147483648, -1, -12, 0.5, 1.25, 1e21, 1e-7, NaN, Infinity, -Infinity, 4294967296]) {
    t.is(written((out) => out.number(x)).text.toString(), `${x}`, `${x}`);
  }
});

test('runs of bytes, short and long, are copied whole; near or past the block end they are counted and nothing past it is stored', (t) => {
  const runs = ['', 'a', 'abc', 'abcd', 'abcdefg', 'abcdefgh', 'abcdefghi', ', "honoured": false}', 'caf\u00e9 \ud83d\ude00 and more text'].map((s) => ByteRun.of(s));
  for (const run of runs) {
    for (const size of [run.length, run.length + 1, run.length + 9, 64]) {
      const { text, at } = written((out) => {
        out.ascii('>');
        out.run(run);
        out.ascii('<');
      }, size + 2);
      t.is(at, run.length + 2);
      t.deepEqual(text, Buffer.concat([Buffer.from('>'), run.bytes, Buffer.from('<')]));
    }
    // Past the end: counted, and (a run that does not fit being left out whole) the block as it was.
    for (const size of [0, 1, run.length - 1].filter((n) => n >= 0 && n < run.length)) {
      const { at, block } = written((out) => out.run(run), size);
      t.is(at, run.length);
      t.deepEqual(block, Buffer.alloc(size, 0x2a));
    }
  }
  const names = ByteRun.of('"a""bbbbbbbbbb""c"');
  t.deepEqual(written((out) => out.copy(names, 3, 15)).text.toString(), '"bbbbbbbbbb"');
  // A long run that does not fit is only counted: the block's bytes stay.
  const { at, block } = written((out) => out.copy(names, 0, 18), 10);
  t.is(at, 18);
  t.deepEqual(block, Buffer.alloc(10, 0x2a));
});

test('every part of a run is copied as it is, four bytes a store where the block and the run have room, a byte at a time where not', (t) => {
  const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
  // A run whose memory goes on after it (a last word read whole), and one that ends where its memory ends.
  const runs = [new ByteRun(Buffer.from(`${text}!!!!!!!!`).subarray(0, text.length)), new ByteRun(Buffer.from(new Uint8Array(Buffer.from(text)).buffer))];
  for (const run of runs) {
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        for (const room of [0, 1, 3, 8]) {
          const { text: copied, at } = written((out) => {
            out.ascii('>');
            out.copy(run, from, to);
          }, 1 + to - from + room);
          t.is(at, 1 + to - from);
          t.is(copied.toString(), `>${text.slice(from, to)}`);
        }
      }
    }
  }
});

test('a string that needs no escape is written quoted as JSON.stringify writes it; one that does is left, nothing written', (t) => {
  const next = seededRandom(7).next;
  const alphabet = ['a', '/', ' ', '"', '\\', '\n', '\u001f', '\u007f', '\u00e9', '\u2028', '\uffff', '\ud83d', '\ude00', '\ud83d\ude00'];
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: Math.floor(next() * 10) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    let plain = false;
    const { text, at } = written((out) => (plain = out.plainJsonString(s)));
    const escapes = JSON.stringify(s) !== `"${s}"` || /[\ud800-\udfff]/.test(s);
    t.is(plain, !escapes, JSON.stringify(s));
    if (plain) t.deepEqual(text, Buffer.from(JSON.stringify(s), 'utf8'));
    else t.is(at, 0);
  }
});
