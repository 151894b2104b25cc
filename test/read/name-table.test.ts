// Interned names must come back exactly as given, equal names with one id, however many names a batch holds.
import test from 'ava';
import { NameTable } from '../../src/read/name-table.js';

test('a name looked up by a range of a text gets the id of the same name looked up whole', (t) => {
  const names = new NameTable();
  const text = 'module_imports(pkg.sub.mod_1, [module_imports_from(pkg.sub.mod_1, [])]).';
  const first = names.idOfRange(text, 15, 28);
  t.is(names.name(first), 'pkg.sub.mod_1');
  t.is(names.idOfRange(text, 51, 64), first);
  t.is(names.idOf('pkg.sub.mod_1'), first);
  t.not(names.idOf('pkg.sub.mod_2'), first);
  t.is(names.size, 2);
});

test('tens of thousands of names, with colliding prefixes and the empty name, all keep their ids', (t) => {
  const names = new NameTable();
  const all = ['', 'a', 'A', '\u00e9', 'x'.repeat(200)];
  for (let i = 0; i < 30000; i++) all.push(`pkg${i % 7}.mod_${String(i).padStart(6, '0')}`);
  const ids = all.map((n) => names.idOf(n));
  t.is(names.size, all.length);
  t.is(new Set(ids).size, all.length);
  t.deepEqual(
    all.map((n) => names.idOf(n)),
    ids,
  );
  t.deepEqual(
    ids.map((id) => names.name(id)),
    all,
  );
});

test('a name is marked once per file', (t) => {
  const names = new NameTable();
  const a = names.idOf('a');
  names.nextFile();
  t.false(names.markInFile(a));
  t.true(names.markInFile(a));
  names.nextFile();
  t.false(names.markInFile(a));
});

test('a table made for many names gives the same ids and names as one that grows to hold them', (t) => {
  const names = Array.from({ length: 20_000 }, (_, i) => `m${(i * 7919) % 20_000}.x${i % 13}`);
  const grown = new NameTable();
  const sized = new NameTable(names.length);
  for (const n of names) t.is(sized.idOf(n), grown.idOf(n));
  t.is(sized.size, grown.size);
  t.deepEqual(sized.namesFrom(0), grown.namesFrom(0));
  for (const n of names) t.is(sized.find(n), grown.find(n));
});
