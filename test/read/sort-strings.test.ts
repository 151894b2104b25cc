// The radix sort of input paths must give exactly the built-in sort's order, for any strings.
import test from 'ava';
import { sortStrings } from '../../src/read/sort-strings.js';
import { seededRandom } from '../helpers/random.js';

const sortedBoth = (items: readonly string[]): [string[], string[]] => {
  const mine = [...items];
  sortStrings(mine);
  return [mine, [...items].sort()];
};

test('paths sharing long beginnings, repeats, prefixes of each other and the empty string sort as sort() sorts them', (t) => {
  const random = seededRandom(5);
  const items: string[] = ['', '', 'a', '/tmp/x', '/tmp/x/', '/tmp/x.', '/tmp/x/a'];
  for (let i = 0; i < 20000; i++) {
    const dir = `/tmp/scale-bench/n100000-s1/pkg${random.int(12)}`;
    items.push(`${dir}.sub${random.int(7)}.mod_${String(random.int(30000)).padStart(6, '0')}.import_info`);
  }
  const [mine, theirs] = sortedBoth(items);
  t.deepEqual(mine, theirs);
});

test('any UTF-16 code units (surrogates, characters below and above every ASCII one) sort by code unit', (t) => {
  const random = seededRandom(17);
  const alphabet = ['a', 'b', '/', '.', '\u0000', '\uffff', '\ud800', '\udc00', '\u00e9', 'Z', '\ud83d\ude00'];
  for (let round = 0; round < 50; round++) {
    const items = Array.from({ length: random.int(300) }, () => Array.from({ length: random.int(6) }, () => alphabet[random.int(alphabet.length)]).join(''));
    const [mine, theirs] = sortedBoth(items);
    t.deepEqual(mine, theirs);
  }
});

test('sorted, reversed and all-equal inputs, and strings equal for thousands of characters, sort alike (the step budget hands over to sort())', (t) => {
  const base = Array.from({ length: 5000 }, (_, i) => `p/${String(i).padStart(5, '0')}`);
  for (const items of [base, [...base].reverse(), Array.from({ length: 3000 }, () => 'same'), base.map((s) => 'x'.repeat(3000) + s.slice(-3)).slice(0, 400)]) {
    const [mine, theirs] = sortedBoth(items);
    t.deepEqual(mine, theirs);
  }
});
