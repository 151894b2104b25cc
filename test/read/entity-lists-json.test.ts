// importgraph.json's entities written straight from a file's text are the text the general writer makes from the decoded entities, or left to it.
import { importInfoFile, lazyEntries, NOT_PLAIN_LAYOUT_OR_NAMES } from '../helpers/plain-lists.js';
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entitiesJson } from '../../src/write/analysis-json.js';
import { plainEntitiesJson, writeCommonListsJson, writePlainEntitiesJson } from '../../src/read/entity-lists-json.js';
import { BlockText } from '../../src/write/block-text.js';
import type { LazyImportedFrom } from '../../src/read/lazy-imported-from.js';
import { seededRandom } from '../helpers/random.js';
import { examplesDir } from '../helpers/project.js';

/** Each lazily read entry of `text`: its straight JSON (undefined when it was left to the general writer) and the general writer's; the straight JSON as written into bytes is checked to be the same. */
function both(text: string): { plain: string | undefined; general: string }[] {
  return lazyEntries(text).map((entry) => {
    const plain = entry.plainEntitiesJson();
    const written = writtenJson(entry);
    if (written !== plain) throw new Error(`written into bytes as ${written}, not ${plain}:\n${text}`);
    return { plain, general: entitiesJson(entry.entities) };
  });
}

/** The entry's straight JSON as written into a block after some text already there (undefined when declined: nothing written then). */
function writtenJson(entry: LazyImportedFrom): string | undefined {
  const out = new BlockText();
  const block = Buffer.alloc(4096, 0x2a);
  out.target(block, 3);
  if (!entry.writePlainEntitiesJson(out)) {
    if (out.at !== 3) throw new Error('declined after writing');
    return undefined;
  }
  return block.toString('utf8', 3, out.at);
}

const file = importInfoFile;

test('plain lists are written straight, byte for byte as the general writer writes them', (t) => {
  const text = file(
    [
      'module_imports_from(a, [imported_preds([p/1, q_2/0]), imported_types([t/0])])',
      "module_imports_from(b, [imported_funcs(['+'/2, 'caf\u00e9'/1, ''/0, 'a b'/3]), imported_typeclasses(name_arity(\"numeric\", 1))])",
      'module_imports_from(c, [])',
      'module_imports_from(d, [imported_preds([])])',
      'module_imports_from(a, [imported_preds([r/2]), imported_insts([i/0]), imported_modes([md/4])])',
      'module_imports_from(e, [ imported_typeclasses( [ c/1 ,\n d/2 ] ) ,\timported_typeclasses(e/1) , imported_preds([p/0]) ,imported_preds([p/007, big/100]) ])',
    ].join(',\n'),
  );
  const entries = both(text);
  t.is(entries.length, 5);
  for (const { plain, general } of entries) t.is(plain, general);
  // Kinds in their order, a repeated entry merged after the first, an empty list left out.
  t.is(entries[0]!.plain, '{"types": [["t", 0]], "insts": [["i", 0]], "modes": [["md", 4]], "preds": [["p", 1], ["q_2", 0], ["r", 2]]}');
  t.is(entries[2]!.plain, '{}');
  t.is(entries[3]!.plain, '{}');
  t.is(entries[4]!.plain, '{"preds": [["p", 0], ["p", 7], ["big", 100]], "typeclasses": [["c", 1], ["d", 2], ["e", 1]]}');
});

test('lists with comments, qualified names or names JSON escapes are left to the general writer, which writes them right', (t) => {
  const lists = [
    ...NOT_PLAIN_LAYOUT_OR_NAMES,
    "imported_funcs(['say \"hi\"'/1])",
    "imported_funcs(['tab\there'/1])",
    "imported_funcs(['\ud83d\ude00'/1])",
    'imported_typeclasses(name_arity("with\ttab", 1))',
  ];
  for (const list of lists) {
    const [entry] = both(file(`module_imports_from(a, [imported_types([t/0]), ${list}])`));
    t.is(entry!.plain, undefined, list);
    // The general writer's text is JSON of the decoded entities.
    t.truthy(JSON.parse(entry!.general).types, list);
  }
  const [escaped] = both(file(`module_imports_from(a, [imported_funcs(['say "hi"'/1, 'tab\there'/2, '\ud83d\ude00'/0])])`));
  t.deepEqual(JSON.parse(escaped!.general), { funcs: [['say "hi"', 1], ['tab\there', 2], ['\ud83d\ude00', 0]] });
});

test('every bundled example entry is written alike, and plain ones straight', (t) => {
  let straight = 0;
  for (const dir of [join(examplesDir, 'calculator'), join(examplesDir, 'mercury-library', 'import_info')]) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.import_info'))) {
      for (const { plain, general } of both(readFileSync(join(dir, name), 'utf8'))) {
        if (plain === undefined) continue;
        straight++;
        t.is(plain, general, name);
      }
    }
  }
  t.true(straight > 100, `${straight} entries written straight`);
});

/** The shared seeded generator (mulberry32), so every run tests the same texts. */
const random = (seed: number): (() => number) => seededRandom(seed).next;

test('thousands of random entity lists are written straight as the general writer writes them, or left to it', (t) => {
  const next = random(20261202);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const layout = (): string => (next() < 0.6 ? '' : pick([' ', '\n    ', '\t', '\r\n', ' % c\n', '/* c */', '\v', '\f']));
  const names = ['p', 'q_1', 'fooBar', 'name_arity', "'+'", "'[|]'", "'a b'", "''", "'caf\u00e9'", "'say \"x\"'", "'t\tb'", 'io.write', "'m'.n", 'a__b.c'];
  const item = (): string =>
    next() < 0.15
      ? `name_arity(${layout()}"${pick(['s', 'two words', '', 'caf\u00e9', 't\tb'])}"${layout()},${layout()}${pick(['0', '2', '007'])}${layout()})`
      : `${pick(names)}${layout()}/${pick(['', ' '])}${pick(['0', '1', '12', '007'])}`;
  const list = (): string => `[${layout()}${Array.from({ length: Math.floor(next() * 4) }, () => `${item()}${layout()}`).join(`,${layout()}`)}]`;
  const group = (): string => {
    const kind = pick(['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses']);
    return `imported_${kind}(${layout()}${kind === 'typeclasses' && next() < 0.4 ? item() : list()}${layout()})`;
  };
  let straight = 0;
  let entries = 0;
  for (let i = 0; i < 3000; i++) {
    const groups = (): string => `[${layout()}${Array.from({ length: Math.floor(next() * 4) }, group).join(`,${layout()}`)}${layout()}]`;
    const text = file(Array.from({ length: 1 + Math.floor(next() * 3) }, () => `module_imports_from(${pick(['a', 'b'])}, ${groups()})`).join(',\n'));
    for (const { plain, general } of both(text)) {
      entries++;
      if (plain === undefined) continue;
      straight++;
      t.is(plain, general, text);
    }
  }
  t.log(`${straight} of ${entries} entries written straight`);
  t.true(straight > entries * 0.1 && straight < entries, `${straight} of ${entries}`);
});

/** `lists` (one entry's, then a repeated entry's merged after it) as one text: the text and where each starts. */
function listsText(lists: readonly string[]): { text: string; start: number; more: number[] | undefined } {
  const starts: number[] = [];
  let text = '';
  for (const list of lists) {
    starts.push(text.length + 1);
    text += ` ${list}`;
  }
  return { text, start: starts[0]!, more: starts.length > 1 ? starts.slice(1) : undefined };
}

test('lists of the common shape are written in one pass as the plain writer writes them; the rest are declined, nothing counted', (t) => {
  const common = [
    ['[]'],
    ['[imported_preds([p/1, q_2/0])]'],
    ['[imported_types([t/0]), imported_preds([])]', '[imported_preds([p/007, big/100, bigger/2147483647]),\n imported_funcs( [ f / 3 ,\tg/0 ] ) ]'],
    ['[ imported_insts([i/0]) , imported_insts([j/1]), imported_typeclasses([c/1])]'],
    ['[imported_preds([a/1])]', '[imported_preds([b/2])]', '[]'],
    ['[imported_types([])]'],
  ];
  const others = [
    ['[imported_preds([p/1]), imported_types([t/0])]'],
    ['[imported_preds([p/1])]', '[imported_types([t/0])]'],
    ["[imported_funcs(['+'/2])]"],
    ['[imported_typeclasses(name_arity("numeric", 1))]'],
    ['[imported_typeclasses(c/1)]'],
    ['[imported_preds([io.write/3])]'],
    ['[imported_preds([p/1 % a comment\n])]'],
    ['[/* c */ imported_preds([p/1])]'],
  ];
  for (const [lists, shape] of [...common.map((l) => [l, true] as const), ...others.map((l) => [l, false] as const)]) {
    const { text, start, more } = listsText(lists);
    const out = new BlockText();
    const block = Buffer.alloc(4096, 0x2a);
    out.target(block, 3);
    t.is(writeCommonListsJson(text, start, more, out), shape, text);
    if (shape) t.is(block.toString('utf8', 3, out.at), plainEntitiesJson(text, start, more)!, text);
    else t.is(out.at, 3, text);
  }
});

test('entities written near a block end are counted whole, and right where the block had room', (t) => {
  const { text, start, more } = listsText(['[imported_types([t/0]), imported_preds([p/1, q_long_name/12])]', '[imported_preds([r/100]), imported_funcs([f/2])]']);
  const json = plainEntitiesJson(text, start, more)!;
  for (let size = 3; size < 3 + json.length + 64; size++) {
    const out = new BlockText();
    const block = Buffer.alloc(size, 0x2a);
    out.target(block, 3);
    t.true(writePlainEntitiesJson(text, start, more, out));
    t.is(out.at, 3 + json.length, `${size}`);
    if (out.at <= size) t.is(block.toString('utf8', 3, out.at), json, `${size}`);
  }
});
