// Whole numbers written as bytes read back as `${x}`: digits straight for 0 .. 2^31 - 1, which isSmallWhole tells apart.
import test from 'ava';
import { isSmallWhole, putInteger } from '../../src/write/viewer-text-bytes.js';
import { seededRandom } from '../helpers/random.js';

test('small whole numbers are written as `${x}` writes them, each where the last ended', (t) => {
  const random = seededRandom(20261206);
  const numbers = [0, 1, 9, 10, 99, 100, 999_999, 1_000_000, 2 ** 31 - 1];
  for (let i = 0; i < 2000; i++) numbers.push(Math.floor(random.next() * 2 ** 31));
  const bytes = Buffer.alloc(11 * numbers.length);
  let at = 0;
  for (const x of numbers) {
    t.true(isSmallWhole(x));
    at = putInteger(bytes, at, x);
    bytes[at++] = 44;
  }
  t.is(bytes.toString('latin1', 0, at), numbers.map((x) => `${x},`).join(''));
  t.is(putInteger(new Uint8Array(10), 0, 2 ** 31 - 1), 10, 'the largest takes ten bytes');
});

test('numbers putInteger does not write are told apart', (t) => {
  for (const x of [2 ** 31, 2_500_000_000, 2 ** 53, 1e21, -1, 1.5, NaN, Infinity]) t.false(isSmallWhole(x), `${x}`);
});
