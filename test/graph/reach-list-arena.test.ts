// The packed reach lists must read back as kept however often the buffer is compacted or grown.
import test from 'ava';
import { ReachListArena } from '../../src/graph/reach-list-arena.js';
import { seededRandom } from '../helpers/random.js';

test('lists kept, dropped and kept again read back unchanged through compactions and growth', (t) => {
  const n = 2000;
  const random = seededRandom(7);
  const arena = new ReachListArena(n, 4);
  const expected = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const length = 2 * (1 + random.int(20));
    const list = Int32Array.from({ length }, () => random.int(1000));
    arena.keep(v, list, length);
    expected.set(v, Array.from(list));
    // Drop about two of every three lists kept so far, so holes appear and compaction has work.
    for (const w of [...expected.keys()]) if (w !== v && random.next() < 0.3) (arena.drop(w), expected.delete(w));
    for (const [w, want] of expected) {
      const got = Array.from(arena.buffer.subarray(arena.start[w], arena.start[w] + arena.length[w]));
      if (got.join() !== want.join()) return t.fail(`node ${w} after keeping ${v}`);
    }
  }
  t.true(arena.buffer.length < 8 * 40 * (expected.size + 1) + 64);
});
