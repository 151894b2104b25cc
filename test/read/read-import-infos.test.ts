// A run reads many files: all their problems must come out together (up to a limit), and the modules in a fixed order.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { THREADED_FROM, defaultReadThreads, readImportInfos } from '../../src/read/read-import-infos.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';

const good = join(fixturesDir, 'read', 'good');
const bad = join(fixturesDir, 'read', 'bad');

test('modules come back sorted in Mercury name order, with the bytes read', async (t) => {
  const dir = temporaryDirectory();
  const files = ['b.c', 'zeta', 'a.b', 'alpha'].map((m) => {
    const f = join(dir, `${m}.import_info`);
    writeFileSync(f, `module_imports(${m}, []).\n`);
    return f;
  });
  const { modules, bytesRead } = await readImportInfos(files);
  t.deepEqual(
    modules.map((m) => m.module),
    ['alpha', 'zeta', 'a.b', 'b.c'],
  );
  t.is(bytesRead, 4 * 'module_imports(, []).\n'.length + 'b.czetaa.balpha'.length);
  t.is(modules[0]!.file, files[3]);
});

test('the bundled library reads as 149 modules', async (t) => {
  const dir = join(examplesDir, 'mercury-library', 'import_info');
  const files = readdirSync(dir).map((f) => join(dir, f));
  for (const concurrency of [1, 16]) {
    const { modules } = await readImportInfos(files, { concurrency });
    t.is(modules.length, 149);
    t.is(modules.reduce((n, m) => n + m.imports.filter((i) => i.module !== m.module).length, 0), 1968);
  }
});

test('problems of several files are reported together, in file order', async (t) => {
  const files = [join(bad, 'broken_syntax.import_info'), join(good, 'lexer.import_info'), join(bad, 'wrong_shapes.import_info')];
  const error = await t.throwsAsync(readImportInfos(files), { instanceOf: ImportGraphError });
  t.is(error!.code, 'E_INPUT');
  t.deepEqual(
    error!.problems.map((p) => `${p.file === files[0] ? 'broken' : 'wrong'}:${p.line}:${p.column}`),
    ['broken:2:53', 'wrong:2:5', 'wrong:3:25', 'wrong:4:55', 'wrong:4:60', 'wrong:4:74', 'wrong:4:83', 'wrong:5:31'],
  );
  const lines = error!.message.split('\n');
  t.is(lines.length, 8);
  t.is(lines[0], `${files[0]}:2:53: expected \`]\`, \`,\` or \`|\`, found \`)\``);
});

test('two files defining the same module is a problem naming both', async (t) => {
  const a = join(good, 'lexer.import_info');
  const b = join(bad, 'dup_of_lexer.import_info');
  const error = await t.throwsAsync(readImportInfos([a, b]), { instanceOf: ImportGraphError });
  t.is(error!.code, 'E_INPUT');
  t.deepEqual(error!.problems, [{ file: b, line: 1, column: 16, message: `module \`lexer\` is defined by both ${a} and ${b}` }]);
});

test('past the limit, problems are counted as "... and N more"', async (t) => {
  const dir = temporaryDirectory();
  const files: string[] = [];
  for (let i = 0; i < 7; i++) {
    const f = join(dir, `f${i}.import_info`);
    writeFileSync(f, `module_imports(m${i}, [x, y]).`);
    files.push(f);
  }
  const error = await t.throwsAsync(readImportInfos(files, { maxProblems: 5 }), { instanceOf: ImportGraphError });
  t.is(error!.problems.length, 5);
  const lines = error!.message.split('\n');
  t.is(lines.length, 6);
  t.is(lines[5], '... and 9 more');
  t.is(lines[0], `${files[0]}:1:21: expected \`module_imports_from(Module, [...])\`, found \`x\``);
});

test('an unreadable file is E_NO_INPUT with the system error as cause', async (t) => {
  for (const concurrency of [1, 8]) {
    const missing = join(temporaryDirectory(), 'gone.import_info');
    const error = await t.throwsAsync(readImportInfos([join(good, 'lexer.import_info'), missing], { concurrency }), { instanceOf: ImportGraphError });
    t.is(error!.code, 'E_NO_INPUT');
    t.true(error!.message.includes(missing));
    t.is((error!.cause as NodeJS.ErrnoException).code, 'ENOENT');
  }
});

test('a file the reader cannot open or that is not a regular file asks checkInputs first, whose error is the one thrown', async (t) => {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'd.import_info'));
  // A named pipe nobody writes to: opening it plainly would wait for ever.
  execFileSync('mkfifo', [join(dir, 'p.import_info')]);
  for (const name of ['gone.import_info', 'd.import_info', 'p.import_info']) {
    for (const threads of [1, 2]) {
      let asked = 0;
      const checkInputs = (): void => {
        asked++;
        throw new ImportGraphError('E_NO_INPUT', `checked ${name}`);
      };
      const files = [join(good, 'lexer.import_info'), join(bad, 'broken_syntax.import_info'), join(dir, name)];
      const error = await t.throwsAsync(readImportInfos(files, { checkInputs, threads, batchFiles: 1 }), { instanceOf: ImportGraphError });
      t.is(error!.message, `checked ${name}`);
      t.is(asked, 1);
    }
  }
});

test('checkInputs is not called when every file is read', async (t) => {
  const files = [join(good, 'lexer.import_info'), join(bad, 'broken_syntax.import_info')];
  const error = await t.throwsAsync(readImportInfos(files, { checkInputs: () => t.fail('checkInputs called') }), { instanceOf: ImportGraphError });
  t.is(error!.code, 'E_INPUT');
});

test('worker threads read only many files, and only on cores the load leaves idle', (t) => {
  t.is(defaultReadThreads(THREADED_FROM - 1, 2, 0), 1);
  t.is(defaultReadThreads(THREADED_FROM, 2, 0.3), 2);
  t.is(defaultReadThreads(100_000, 2, 1.2), 1);
  t.is(defaultReadThreads(100_000, 2, 25), 1);
  t.is(defaultReadThreads(100_000, 8, 2.5), 6);
  t.is(defaultReadThreads(100_000, 64, 0), 8);
  t.is(defaultReadThreads(100_000, 1, 0), 1);
});
