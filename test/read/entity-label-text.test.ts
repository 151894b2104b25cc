// The viewer's entity labels cut straight from a file's text are the labels made from the decoded entities, with their counts, or left to that general path.
import { importInfoFile, lazyEntries, NOT_PLAIN_LAYOUT_OR_NAMES } from '../helpers/plain-lists.js';
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countOf } from '../../src/read/lazy-imported-from.js';
import { plainEntityLabel, type PlainLabel } from '../../src/read/entity-label-text.js';
import { entityLabel } from '../../src/write/entity-label.js';
import { seededRandom } from '../helpers/random.js';
import { examplesDir } from '../helpers/project.js';
import { PlainLabelTable } from '../../src/read/plain-label-table.js';

/**
 * Each lazily read entry of `text`: its straight label (undefined when it was left to the general path) and the general path's.
 * `table` may be shared between calls: a list text seen before must give the label it gave then.
 */
function both(text: string, table = new PlainLabelTable()): { plain: PlainLabel | undefined; general: PlainLabel }[] {
  return lazyEntries(text).map((entry) => {
    const id = entry.plainEntityLabel(table);
    return {
      plain: id < 0 ? undefined : { label: table.label(id), count: table.count(id) },
      general: { label: entityLabel(entry.entities), count: countOf(entry.entities) },
    };
  });
}

const file = importInfoFile;

test('plain lists are labelled straight, as the decoded entities are, with their count', (t) => {
  const text = file(
    [
      'module_imports_from(a, [imported_preds([p/1, q_2/0]), imported_types([t/0])])',
      "module_imports_from(b, [imported_funcs(['+'/2, 'caf\u00e9'/1, ''/0, 'a b'/3, 'plain'/1, 'Upper'/0]), imported_typeclasses(name_arity(\"numeric\", 1))])",
      'module_imports_from(c, [])',
      'module_imports_from(d, [imported_preds([])])',
      'module_imports_from(a, [imported_preds([r/2]), imported_insts([i/0]), imported_modes([md/4])])',
      'module_imports_from(e, [ imported_typeclasses( [ c/1 ,\n d/2 ] ) ,\timported_typeclasses(e/1) , imported_preds([p/0]) ,imported_preds([p/007, big/100]) ])',
      "module_imports_from(f, [imported_funcs(['say \"hi\"'/1, 'tab\there'/2, '<b>'/0]), imported_typeclasses(name_arity(\"with\ttab\", 1))])",
    ].join(',\n'),
  );
  const entries = both(text);
  t.is(entries.length, 6);
  for (const { plain, general } of entries) t.deepEqual(plain, general);
  // Kinds in their order, a repeated entry merged after the first, an empty list left out, names that are not plain atoms in parentheses.
  t.deepEqual(entries[0]!.plain, { label: 'types: t/0; insts: i/0; modes: md/4; preds: p/1, q_2/0, r/2', count: 6 });
  t.deepEqual(entries[1]!.plain, { label: "funcs: (+)/2, (caf\u00e9)/1, ()/0, (a b)/3, plain/1, (Upper)/0; typeclasses: numeric/1", count: 7 });
  t.deepEqual(entries[2]!.plain, { label: '', count: 0 });
  t.deepEqual(entries[3]!.plain, { label: '', count: 0 });
  t.deepEqual(entries[4]!.plain, { label: 'preds: p/0, p/7, big/100; typeclasses: c/1, d/2, e/1', count: 6 });
  t.deepEqual(entries[5]!.plain, { label: 'funcs: (say "hi")/1, (tab\there)/2, (<b>)/0; typeclasses: (with\ttab)/1', count: 4 });
});

test('lists with comments, qualified names or surrogates are left to the general path, which labels them right', (t) => {
  const lists = [
    ...NOT_PLAIN_LAYOUT_OR_NAMES,
    "imported_funcs(['\ud83d\ude00'/1])",
    'imported_typeclasses(name_arity("caf\ud83d\ude00", 1))',
  ];
  for (const list of lists) {
    const [entry] = both(file(`module_imports_from(a, [imported_types([t/0]), ${list}])`));
    t.is(entry!.plain, undefined, list);
    t.true(entry!.general.label.startsWith('types: t/0; '), list);
  }
  const [surrogates] = both(file("module_imports_from(a, [imported_funcs(['\ud83d\ude00'/3, x/1])])"));
  t.deepEqual(surrogates!.general, { label: 'funcs: (\ud83d\ude00)/3, x/1', count: 2 });
});

// The fast decoder's scan declines these before a lazy entry exists; cut straight from such text, they are refused all the same.
test('escapes, doubled quotes and shapes the scan never passes are refused when met', (t) => {
  const lists = [
    "[imported_funcs(['it''s'/1])]",
    "[imported_funcs(['back\\\\slash'/1])]",
    "[imported_funcs(['\\x41\\'/1])]",
    '[imported_typeclasses(name_arity("a\\"b", 1))]',
    '[imported_typeclasses(name_arity("a""b", 1))]',
    '[imported_preds([+ /2])]',
    '[imported_preds([P/2])]',
    '[imported_preds([p(x)/2])]',
    '[imported_preds([p/])]',
    '[imported_preds([p/1]',
    '[imported_preds(p/1)]',
    '[imported_other([p/1])]',
    '[imported_preds([p/1]) imported_types([t/0])]',
  ];
  for (const list of lists) t.is(plainEntityLabel(list, 0, undefined), undefined, list);
  t.deepEqual(plainEntityLabel('[imported_preds([p/1])] [imported_types([t/0])]', 0, [24]), { label: 'types: t/0; preds: p/1', count: 2 });
  t.is(plainEntityLabel('[imported_preds([p/1])] [imported_types([t/0 %\n])]', 0, [24]), undefined, 'a merged list that is not plain refuses the whole label');
});

test('every bundled example entry is labelled alike, and plain ones straight', (t) => {
  let straight = 0;
  const table = new PlainLabelTable();
  for (const dir of [join(examplesDir, 'calculator'), join(examplesDir, 'mercury-library', 'import_info')]) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.import_info'))) {
      for (const { plain, general } of both(readFileSync(join(dir, name), 'utf8'), table)) {
        if (plain === undefined) continue;
        straight++;
        t.deepEqual(plain, general, name);
      }
    }
  }
  t.true(straight > 100, `${straight} entries labelled straight`);
});

test('thousands of random entity lists are labelled straight as the general path labels them, or left to it', (t) => {
  const next = seededRandom(20261203).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const layout = (): string => (next() < 0.6 ? '' : pick([' ', '\n    ', '\t', '\r\n', ' % c\n', '/* c */', '\v', '\f']));
  const names = ['p', 'q_1', 'fooBar', 'name_arity', "'+'", "'[|]'", "'a b'", "''", "'caf\u00e9'", "'say \"x\"'", "'t\tb'", "'ok'", "'Up'", "'\ud83d\ude00'", 'io.write', "'m'.n", 'a__b.c'];
  const item = (): string =>
    next() < 0.15
      ? `name_arity(${layout()}"${pick(['s', 'two words', '', 'caf\u00e9', 't\tb', "it's", 'Up', '\ud83d\ude00'])}"${layout()},${layout()}${pick(['0', '2', '007'])}${layout()})`
      : `${pick(names)}${layout()}/${pick(['', ' '])}${pick(['0', '1', '12', '007'])}`;
  const list = (): string => `[${layout()}${Array.from({ length: Math.floor(next() * 4) }, () => `${item()}${layout()}`).join(`,${layout()}`)}]`;
  const group = (): string => {
    const kind = pick(['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses']);
    return `imported_${kind}(${layout()}${kind === 'typeclasses' && next() < 0.4 ? item() : list()}${layout()})`;
  };
  let straight = 0;
  let entries = 0;
  const table = new PlainLabelTable();
  for (let i = 0; i < 3000; i++) {
    const groups = (): string => `[${layout()}${Array.from({ length: Math.floor(next() * 4) }, group).join(`,${layout()}`)}${layout()}]`;
    const text = file(Array.from({ length: 1 + Math.floor(next() * 3) }, () => `module_imports_from(${pick(['a', 'b'])}, ${groups()})`).join(',\n'));
    for (const { plain, general } of both(text, table)) {
      entries++;
      if (plain === undefined) continue;
      straight++;
      t.deepEqual(plain, general, text);
    }
  }
  t.log(`${straight} of ${entries} entries labelled straight, ${table.size} labels made`);
  t.true(table.size < straight, 'repeated list texts are labelled once');
  t.true(straight > entries * 0.1 && straight < entries, `${straight} of ${entries}`);
});
