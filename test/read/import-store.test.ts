// Modules read into an import store give back the entries a one-file decode gives: same modules, lines, entities, repeated entries merged.
import test from 'ava';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { StoredModuleImports } from '../../src/read/import-store.js';
import { importedEntityCount } from '../../src/read/lazy-imported-from.js';
import { PlainLabelTable } from '../../src/read/plain-label-table.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

function files(): string[] {
  const dir = temporaryDirectory();
  const texts = [
    "module_imports(a, [module_imports_from(b, [imported_preds([p/1])]), module_imports_from(c, []), module_imports_from(b, [imported_types([t/0]), imported_preds([q.r/2, name_arity(\"+\", 2)])])]).\n",
    "module_imports(b, [module_imports_from(c, [imported_typeclasses(c/1), imported_funcs(['x'.y/0])]),\n  module_imports_from(d, [])]).\n",
    'module_imports(c, []).\n',
    // Not ASCII: decoded alone, so its batch's source holds no entries.
    "% café\nmodule_imports(d, [module_imports_from(c, [imported_preds([p/1])])]).\n",
    "module_imports(e, [module_imports_from(d, [imported_preds([q/1])]), module_imports_from(a, [])]).\n",
  ];
  const written = texts.map((text, i) => {
    const f = join(dir, `${i}.import_info`);
    writeFileSync(f, text);
    return f;
  });
  const library = join(examplesDir, 'mercury-library', 'import_info');
  return [...written, ...readdirSync(library).map((f) => join(library, f))];
}

test('stored modules read as each file decoded alone, in a few batches and threads', async (t) => {
  const list = files();
  for (const [threads, batchFiles] of [[1, 7], [2, 7], [1, 1]] as const) {
    const { modules } = await readImportInfos(list, { threads, batchFiles });
    t.is(modules.filter((m) => !(m instanceof StoredModuleImports)).map((m) => m.module).join(), 'd');
    const alone = list.map((f) => decodeImportInfoFast(readFileSync(f, 'utf8'), f)!.imports);
    const byName = new Map(alone.map((m) => [m.module, m]));
    for (const m of modules) {
      t.deepEqual(plain(m), plain(byName.get(m.module)), m.module);
      t.deepEqual(m.imports.map(importedEntityCount), byName.get(m.module)!.imports.map(importedEntityCount));
    }
  }
});

test('a stored entry is read alike through the store and as an object', async (t) => {
  const { modules } = await readImportInfos(files(), { batchFiles: 1 });
  const labels = new PlainLabelTable();
  for (const m of modules.filter((m) => m instanceof StoredModuleImports)) {
    const objects = m.imports;
    t.is(objects.length, m.to - m.from);
    objects.forEach((entry, k) => {
      const i = m.from + k;
      t.is(m.store.line(i), entry.line);
      t.is(m.store.names(i).name(m.store.nameId(i)), entry.module);
      t.is(m.store.module(i), entry.module);
      t.is(m.store.entityCount(i), importedEntityCount(entry));
      const label = m.store.plainEntityLabel(i, labels);
      if (label >= 0) t.is(labels.count(label), importedEntityCount(entry));
    });
  }
});
