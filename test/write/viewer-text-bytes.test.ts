// Text written as bytes comes back as exactly the string written: numbers as JSON writes them, kept text, and any character.
import test from 'ava';
import { INTEGER_BYTES, isSmallWhole, putInteger, TextBytes } from '../../src/write/viewer-text-bytes.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';
import { wellFormed } from '../../src/write/well-formed.js';
import { seededRandom } from '../helpers/random.js';

test('whole numbers are written as `${x}` writes them, digits straight for 0 .. 2^31 - 1 and as text past it', (t) => {
  const random = seededRandom(20261206);
  const numbers = [0, 1, 9, 10, 99, 100, 999_999, 1_000_000, 2 ** 31 - 1, 2 ** 31, 2_500_000_000, 2 ** 53, 1e21, -1];
  for (let i = 0; i < 2000; i++) numbers.push(Math.floor(random.next() * 10 ** (1 + random.int(10))));
  const out = new TextBytes();
  for (const x of numbers) {
    out.integer(x);
    out.ascii(',');
  }
  t.is(out.take(), numbers.map((x) => `${x},`).join(''));
  t.true(isSmallWhole(2 ** 31 - 1));
  t.false(isSmallWhole(2 ** 31));
  t.false(isSmallWhole(1.5));
  const bytes = new Uint8Array(INTEGER_BYTES);
  t.is(putInteger(bytes, 0, 2 ** 31 - 1), INTEGER_BYTES, 'the largest takes INTEGER_BYTES');
});

test('any well-formed text, kept or not, comes back as it was, after ASCII-only takes and before them', (t) => {
  const out = new TextBytes();
  const texts = [...HOSTILE_STRINGS.map(wellFormed), 'caf\u00e9', '\u{1f600}', 'plain'];
  const kept = texts.map((s) => out.keep(s));
  out.ascii('ascii only');
  t.is(out.take(), 'ascii only');
  for (let i = 0; i < texts.length; i++) {
    out.text(texts[i]!);
    out.at = out.putKept(out.reserve(out.keptBytes(kept[i]!)), out.at, kept[i]!);
    t.is(out.take(), `${texts[i]}${texts[i]}`, JSON.stringify(texts[i]));
    out.at = out.putKept(out.reserve(out.keptBytes(kept[i]!)), out.at, kept[i]!);
    t.is(out.take(), texts[i]!);
  }
  // More than the buffer starts with: it grows and keeps what was written.
  const long = 'x\u00e9'.repeat(100_000);
  out.ascii('[');
  out.text(long);
  out.ascii(']');
  t.is(out.take(), `[${long}]`);
});
