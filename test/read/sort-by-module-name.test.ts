// Modules must come out in exactly mmc's name order, however they were sorted.
import test from 'ava';
import { compareModuleNames } from '../../src/order/mercury-name-order.js';
import { isSortedByModuleName, sortByModuleName } from '../../src/read/sort-by-module-name.js';

test('modules sort as compareModuleNames sorts their names', (t) => {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const parts = ['a', 'b', 'io', 'io_x', 'file', 'A', 'string', 'string2', '_', 'z', '\u00e9', '', 'a-b', 'x y', '-', 'a!', 'q'];
  const names = new Set<string>(['array', 'version_array', 'io.file', 'string.to_string']);
  while (names.size < 2000) {
    const n = 1 + next(4);
    names.add(Array.from({ length: n }, () => parts[next(parts.length)]).join('.'));
  }
  const modules = [...names].map((module, i) => ({ module, i }));
  const sorted = sortByModuleName(modules);
  t.deepEqual(
    sorted.map((m) => m.module),
    [...names].sort(compareModuleNames),
  );
  // A copy: the input keeps its order.
  t.is(modules[0]!.module, 'array');
  t.true(isSortedByModuleName(sorted));
  t.false(isSortedByModuleName(modules));
});

test('isSortedByModuleName agrees with compareModuleNames on neighbours of every kind', (t) => {
  // Plain names, names with characters before '.', empty components: every pair in both orders.
  const names = ['a', 'b', 'a.b', 'a.bc', 'ab.c', 'a-b.c', 'a.b-c', 'a..b', 'a.', '.a', 'a b', 'io.file', 'io_x.f', '\u00e9.a', 'z'];
  for (const x of names) {
    for (const y of names) {
      t.is(isSortedByModuleName([{ module: x }, { module: y }]), compareModuleNames(x, y) <= 0, `${x} | ${y}`);
    }
  }
});

test('plain names, shuffled or nearly in order, sort as compareModuleNames sorts them, equal names keeping their order', (t) => {
  let seed = 99;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const parts = ['a', 'b', 'io', 'io_x', 'file', 'A', 'string', 'string2', '_', 'z', '\u00e9', 'Z9', 'q'];
  const names: string[] = [];
  for (let i = 0; i < 3000; i++) names.push(Array.from({ length: 1 + next(4) }, () => parts[next(parts.length)]).join('.'));
  const expected = [...names].sort(compareModuleNames);
  // Shuffled (with repeats: a stable sort keeps their input order), sorted, and sorted by spelling as file names are.
  const shuffled = names.map((module, i) => ({ module, i }));
  const sorted = sortByModuleName(shuffled);
  t.deepEqual(
    sorted.map((m) => m.module),
    expected,
  );
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.module === sorted[i - 1]!.module) t.true(sorted[i]!.i > sorted[i - 1]!.i);
  const bySpelling = [...names].sort().map((module) => ({ module }));
  t.deepEqual(
    sortByModuleName(bySpelling).map((m) => m.module),
    expected,
  );
  t.deepEqual(sortByModuleName([]), []);
});
