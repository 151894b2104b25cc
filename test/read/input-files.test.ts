// Users pass files, quoted globs and @list files; they must get each file once, in a fixed order, or a clear E_NO_INPUT.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { expandInputList, expandInputs } from '../../src/read/input-files.js';
import { temporaryDirectory } from '../helpers/project.js';

/** A directory with a/{z,b,m}.import_info, a/notes.txt and c/d.import_info. */
function tree(): string {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'c'));
  for (const f of ['a/z.import_info', 'a/b.import_info', 'a/m.import_info', 'a/notes.txt', 'c/d.import_info']) writeFileSync(join(dir, f), 'x');
  return dir;
}

test('a glob expands to its matches, sorted', async (t) => {
  const cwd = tree();
  t.deepEqual(await expandInputs(['a/*.import_info'], { cwd }), ['a/b.import_info', 'a/m.import_info', 'a/z.import_info']);
  t.deepEqual(await expandInputs(['**/*.import_info'], { cwd }), ['a/b.import_info', 'a/m.import_info', 'a/z.import_info', 'c/d.import_info']);
});

test('files, globs and list files combine into one sorted list without repeats', async (t) => {
  const cwd = tree();
  writeFileSync(join(cwd, 'list.txt'), '# the inputs\n\nc/d.import_info\r\n  a/z.import_info  \na/*.import_info\n# a/notes.txt\n');
  t.deepEqual(await expandInputs(['a/m.import_info', '@list.txt', './a/b.import_info'], { cwd }), [
    './a/b.import_info',
    'a/m.import_info',
    'a/z.import_info',
    'c/d.import_info',
  ]);
});

test('a plain path is kept as written', async (t) => {
  const cwd = tree();
  t.deepEqual(await expandInputs([join(cwd, 'a/notes.txt')]), [join(cwd, 'a/notes.txt')]);
});

test('a list file of 100,000 lines is read', async (t) => {
  const cwd = temporaryDirectory();
  const names: string[] = [];
  for (let i = 0; i < 100; i++) {
    const f = `m${i}.import_info`;
    writeFileSync(join(cwd, f), 'x');
    names.push(f);
  }
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(names[i % 100]!);
  writeFileSync(join(cwd, 'all.txt'), `${lines.join('\n')}\n`);
  const files = await expandInputs(['@all.txt'], { cwd });
  t.is(files.length, 100);
  t.deepEqual(files, [...names].sort());
});

const noInput = test.macro({
  async exec(t, args: string[], message: RegExp) {
    const cwd = tree();
    const error = await t.throwsAsync(expandInputs(args, { cwd }), { instanceOf: ImportGraphError });
    t.is(error!.code, 'E_NO_INPUT');
    t.regex(error!.message, message);
  },
  title: (given) => given ?? '',
});

test('a missing file is E_NO_INPUT naming it', noInput, ['a/b.import_info', 'a/missing.import_info'], /`a\/missing\.import_info`.*ENOENT/);
test('a glob that matches nothing is E_NO_INPUT naming the glob', noInput, ['a/*.int'], /no file matches the glob `a\/\*\.int`/);
test('a missing list file is E_NO_INPUT naming it', noInput, ['@nope.txt'], /list file `nope\.txt`/);
test('a missing file named in a list file is E_NO_INPUT naming it', noInput, ['@a/notes.txt'], /`x`/);
test('a directory is not an input file', noInput, ['a'], /input `a` is not a file/);

test('a 300,000-line list file naming a few files gives each file once', async (t) => {
  const cwd = tree();
  const names = ['a/z.import_info', 'a/b.import_info', 'c/d.import_info'];
  writeFileSync(join(cwd, 'big.list'), Array.from({ length: 300_000 }, (_, i) => names[i % 3]).join('\n'));
  t.deepEqual(await expandInputs(['@big.list'], { cwd }), ['a/b.import_info', 'a/z.import_info', 'c/d.import_info']);
});

test('in a directory of many listed inputs, a subdirectory, a missing name and a symbolic link are found as by a stat each', async (t) => {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'many'));
  const names = Array.from({ length: 20 }, (_, i) => `many/m${i}.import_info`);
  for (const n of names) writeFileSync(join(dir, n), 'module_imports(m, []).\n');
  symlinkSync(join(dir, 'many', 'm0.import_info'), join(dir, 'many', 'link.import_info'));
  mkdirSync(join(dir, 'many', 'sub.import_info'));
  writeFileSync(join(dir, 'list.txt'), [...names, 'many/link.import_info'].join('\n'));
  t.deepEqual(await expandInputs(['@list.txt'], { cwd: dir }), [...names, 'many/link.import_info'].sort());
  for (const [extra, message] of [
    ['many/sub.import_info', /input `many\/sub\.import_info` is not a file/],
    ['many/none.import_info', /`many\/none\.import_info`.*ENOENT/],
  ] as const) {
    writeFileSync(join(dir, 'list.txt'), [...names, extra].join('\n'));
    const e = await t.throwsAsync(expandInputs(['@list.txt'], { cwd: dir }), { instanceOf: ImportGraphError });
    t.is(e!.code, 'E_NO_INPUT');
    t.regex(e!.message, message);
  }
});

test('expanding without checking lists a missing file and a directory, and check then throws what expandInputs throws', async (t) => {
  const cwd = tree();
  for (const bad of ['a/missing.import_info', 'c']) {
    const args = ['a/m.import_info', bad, 'a/b.import_info'];
    const list = await expandInputList(args, { cwd });
    t.deepEqual(list.files, [...args].sort());
    const expected = await t.throwsAsync(expandInputs(args, { cwd }), { instanceOf: ImportGraphError });
    const checked = t.throws(() => list.check(), { instanceOf: ImportGraphError });
    t.is(checked!.code, 'E_NO_INPUT');
    t.is(checked!.message, expected!.message);
  }
  const good = await expandInputList(['a/m.import_info', 'a/z.import_info'], { cwd });
  t.notThrows(() => good.check());
});

test('expanding without checking still throws at once for a glob matching nothing, before any plain path is looked at', async (t) => {
  const cwd = tree();
  const error = await t.throwsAsync(expandInputList(['a/missing.import_info', 'a/*.int'], { cwd }), { instanceOf: ImportGraphError });
  t.regex(error!.message, /no file matches the glob `a\/\*\.int`/);
});

test('plain paths and globs of the same files, absolute and relative, come out once each', async (t) => {
  const cwd = tree();
  const abs = join(cwd, 'a/b.import_info');
  t.deepEqual(await expandInputs(['a/b.import_info', abs, 'a/*.import_info', abs, 'a/b.import_info'], { cwd }), [
    abs,
    'a/m.import_info',
    'a/z.import_info',
  ]);
});

test('onListed is told how many paths there are, repeats included, before they are made unique', async (t) => {
  const cwd = tree();
  const counts: number[] = [];
  const { files } = await expandInputList(['a/b.import_info', 'a/*.import_info', './a/b.import_info'], { cwd, onListed: (n) => counts.push(n) });
  t.deepEqual(counts, [5]);
  t.deepEqual(files, ['./a/b.import_info', 'a/m.import_info', 'a/z.import_info']);
});

test('a list file is taken as plain paths, or looked at line by line, by what its whole text shows: same files either way', async (t) => {
  const cwd = tree();
  const lists: Record<string, string> = {
    // Plain paths only: no line is a glob or has a `.` part.
    'plain.txt': 'a/z.import_info\n\na/b.import_info\n# a comment\na/z.import_info\n',
    // The same files, one spelled with `./` after leading blanks: the same file as `a/b.import_info`.
    'dotted.txt': 'a/z.import_info\n  ./a/b.import_info\r\na/b.import_info\n',
    // A glob among plain paths, and a `/.` only in a comment.
    'globbed.txt': 'a/b.import_info\n# see a/./notes\na/[bz].import_info\n',
  };
  for (const [name, text] of Object.entries(lists)) writeFileSync(join(cwd, name), text);
  t.deepEqual(await expandInputs(['@plain.txt'], { cwd }), ['a/b.import_info', 'a/z.import_info']);
  t.deepEqual(await expandInputs(['@dotted.txt'], { cwd }), ['./a/b.import_info', 'a/z.import_info']);
  t.deepEqual(await expandInputs(['@globbed.txt'], { cwd }), ['a/b.import_info', 'a/z.import_info']);
  t.deepEqual(await expandInputs(['@plain.txt', '@dotted.txt', 'c/d.import_info'], { cwd }), ['./a/b.import_info', 'a/z.import_info', 'c/d.import_info']);
  // A line ending in a slash names a directory: not a file, as when given alone.
  writeFileSync(join(cwd, 'slash.txt'), 'a/b.import_info\nc/ \n');
  await t.throwsAsync(expandInputs(['@slash.txt'], { cwd }), { message: /input `c\/` is not a file/ });
});
