// Entity lists decoded on demand are the lists decoded at once: same entities, same counts, same declines, repeated entries merged the same.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { importedEntityCount } from '../../src/read/lazy-imported-from.js';
import { examplesDir } from '../helpers/project.js';

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const texts = [
  ...[join(examplesDir, 'calculator'), join(examplesDir, 'mercury-library', 'import_info')].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.import_info')).map((f) => readFileSync(join(dir, f), 'utf8')),
  ),
  "module_imports(a, [module_imports_from(b, [imported_preds([p/1])]), module_imports_from(c, []), module_imports_from(b, [imported_types([t/0]), imported_preds([q.r/2, name_arity(\"+\", 2)])])]).\n",
  "module_imports(a, [module_imports_from(b, [imported_typeclasses(c/1), imported_funcs(['x'.y/0])])]).\n",
  "module_imports(a, [module_imports_from(b, [imported_preds([''.p/1])])]).\n",
  "module_imports(a, [module_imports_from(b, [imported_preds([p//1])])]).\n",
];

test('lazy entries decode, count and decline as eager ones', (t) => {
  for (const text of texts) {
    const eager = decodeImportInfoFast(text, 'f.import_info');
    const lazy = decodeImportInfoFast(text, 'f.import_info', undefined, true);
    t.is(lazy === undefined, eager === undefined, text.slice(0, 80));
    if (eager === undefined || lazy === undefined) continue;
    const counts = lazy.imports.imports.map(importedEntityCount);
    t.deepEqual(plain(lazy), plain(eager));
    t.deepEqual(counts, eager.imports.imports.map(importedEntityCount));
    // Counting again after decoding gives the same.
    t.deepEqual(lazy.imports.imports.map(importedEntityCount), counts);
  }
});
