// The commands' inputs: expanded once, each file once, and read with the workers started meanwhile giving what one thread reads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { inputPathList, inputPaths } from '../../src/pipeline/input-paths.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { readModuleInputs } from '../../src/read/read-inputs.js';
import { temporaryDirectory } from '../helpers/project.js';

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

test('a list of 5,000 files (enough for a reading worker) reads as one thread reads them, repeats dropped', async (t) => {
  const dir = temporaryDirectory();
  const names: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const name = `m${String(i).padStart(4, '0')}.import_info`;
    writeFileSync(join(dir, name), `module_imports(m${i}, [module_imports_from(m${(i * 7) % 5000}, [imported_preds([p/${i % 5}])])]).\n`);
    names.push(name);
  }
  writeFileSync(join(dir, 'list.txt'), [...names].reverse().concat(names.slice(0, 10)).join('\n'));
  const { paths, check } = await inputPathList(['@list.txt'], dir);
  t.deepEqual(paths, names.map((n) => join(dir, n)));
  const read = await readModuleInputs(paths, { checkInputs: check });
  const one = await readImportInfos(paths, { threads: 1 });
  t.is(read.modules.length, 5000);
  t.deepEqual(plain(read.modules), plain(one.modules));
  t.deepEqual(await inputPaths(['@list.txt'], dir), paths);
});

test('an expansion that fails still fails as before, whatever was started for the read', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'list.txt'), Array.from({ length: 5000 }, (_, i) => `f${i}.import_info`).join('\n') + '\nnone/*.import_info\n');
  await t.throwsAsync(inputPathList(['@list.txt'], dir), { instanceOf: ImportGraphError, message: /no file matches the glob `none\/\*\.import_info`/ });
  // A missing file is still said only by the check.
  const { paths, check } = await inputPathList(['f1.import_info'], dir);
  t.deepEqual(paths, ['f1.import_info'].map((f) => (dir === process.cwd() ? f : join(dir, f))));
  t.throws(check, { instanceOf: ImportGraphError, message: /f1\.import_info/ });
});
