// importgraph.json's entries as plain data read back as the entries themselves would be written, whether read here or after a copy to another thread, stored or given as objects.
import test from 'ava';
import { deserialize, serialize } from 'node:v8';
import { ImportStore, StoredModuleImports } from '../../src/read/import-store.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { entitiesJson, ImportEntryDataBuilder, ImportEntryTexts } from '../../src/write/import-entry-texts.js';
import type { ImportedFrom } from '../../src/model.js';
import { randomImportInfos } from '../helpers/random-import-infos.js';
import { seededRandom } from '../helpers/random.js';
import { temporaryDirectory } from '../helpers/project.js';


test('every stored entry reads back as its line and the general writer\'s entity text, here and after a copy', async (t) => {
  for (const seed of [1, 2, 3]) {
    const { modules } = await readImportInfos(randomImportInfos(temporaryDirectory(), seededRandom(seed), 60));
    const stored = modules.filter((m): m is StoredModuleImports => m instanceof StoredModuleImports);
    t.true(stored.length > 0);
    const store: ImportStore = stored[0]!.store;
    let notPlain = 0;
    for (let i = 0; i < store.length; i++) if (store.entry(i).plainEntitiesJson() === undefined) notPlain++;
    t.true(notPlain > 0, 'some lists are decoded, not cut straight from the text');
    const builder = new ImportEntryDataBuilder(store);
    t.true(builder.byIndex);
    const data = builder.data();
    for (const texts of [new ImportEntryTexts(data), new ImportEntryTexts(deserialize(serialize(data)))]) {
      for (let i = 0; i < store.length; i++) {
        const entry = store.entry(i);
        t.is(texts.line(builder.storeRef(i)), entry.line);
        t.is(texts.entities(builder.storeRef(i)), entitiesJson(entry.entities));
      }
    }
  }
});

test('entries given as objects read back as their line and text; equal texts are kept once', (t) => {
  const builder = new ImportEntryDataBuilder(undefined);
  t.false(builder.byIndex);
  const none = { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] };
  const entries: ImportedFrom[] = [
    { module: 'a', line: 3, entities: { ...none, preds: [{ name: 'p', arity: 1 }] } },
    { module: 'b', line: 7, entities: none },
    { module: 'c', line: 9, entities: { ...none, types: [{ name: 'say "hi"\n', arity: 0 }] } },
    { module: 'd', line: 11, entities: none },
  ];
  const refs = entries.map((e) => builder.otherRef(e));
  const data = builder.data();
  t.is(data.otherTexts.length, 3);
  const texts = new ImportEntryTexts(deserialize(serialize(data)));
  entries.forEach((e, k) => {
    t.true(refs[k]! < 0);
    t.is(texts.line(refs[k]!), e.line);
    t.is(texts.entities(refs[k]!), entitiesJson(e.entities));
  });
});
