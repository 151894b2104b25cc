// importgraph.json lists each module's imports from outside the build the same whether the modules were read into an import store or given as plain objects.
import test from 'ava';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisDocument } from '../../src/pipeline/analysis-document.js';
import { analyzeImports } from '../../src/pipeline/analyze.js';
import { sccCuts } from '../../src/pipeline/scc-cuts.js';
import { StoredModuleImports } from '../../src/read/import-store.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { temporaryDirectory } from '../helpers/project.js';

test('outside imports of stored modules: one per module, first entry, in name order, as for plain modules', async (t) => {
  const dir = temporaryDirectory();
  const texts = {
    a: 'module_imports(a, [module_imports_from(zz.io, [imported_preds([write/2])]), module_imports_from(b, [imported_preds([p/1])]),\n module_imports_from(char, [imported_types([char/0])]), module_imports_from(zz.io, [imported_preds([read/2])])]).\n',
    b: 'module_imports(b, [module_imports_from(a, []), module_imports_from(builtin, [])]).\n',
  };
  const files = Object.entries(texts).map(([name, text]) => {
    const f = join(dir, `${name}.import_info`);
    writeFileSync(f, text);
    return f;
  });
  const { modules } = await readImportInfos(files);
  t.true(modules.every((m) => m instanceof StoredModuleImports));
  const plain = JSON.parse(JSON.stringify(modules));
  const stored = analyzeImports(modules);
  const expected = analyzeImports(plain);
  const text = analysisDocument(stored, modules, sccCuts(stored));
  t.is(text, analysisDocument(expected, plain, sccCuts(expected)));
  const document = JSON.parse(text);
  t.deepEqual(document.externalModules, ['builtin', 'char', 'zz.io']);
  const outside = (document.imports as { importer: string; imported: string; line: number; entities: unknown }[]).filter((i) => document.externalModules.includes(i.imported));
  t.deepEqual(
    outside.map((i) => [i.importer, i.imported, i.line]),
    [['a', 'char', 2], ['a', 'zz.io', 1], ['b', 'builtin', 1]],
  );
  // A module listed twice is one entry, its lists merged.
  t.deepEqual(outside[1]!.entities, { preds: [['write', 2], ['read', 2]] });
});
