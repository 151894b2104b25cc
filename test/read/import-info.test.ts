// `.import_info` files must decode to exactly what they say, and every wrong shape must be reported where it is.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import type { ImportedEntities } from '../../src/model.js';
import { decodeImportInfo } from '../../src/read/import-info.js';
import { examplesDir, fixturesDir } from '../helpers/project.js';

const readDir = join(fixturesDir, 'read');

function entities(partial: Partial<ImportedEntities>): ImportedEntities {
  return { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [], ...partial };
}

test('a file with entity lists decodes to its modules and entities, in both name/arity forms', (t) => {
  const file = join(readDir, 'good', 'parser.import_info');
  const decoded = decodeImportInfo(readFileSync(file, 'utf8'), file);
  t.is(decoded.module, 'parser');
  t.is(decoded.file, file);
  t.deepEqual(decoded.imports, [
    {
      module: 'list',
      line: 3,
      entities: entities({
        types: [{ name: 'list', arity: 1 }],
        preds: [
          { name: 'list.map', arity: 3 },
          { name: 'foldl', arity: 4 },
          { name: 'append', arity: 3 },
        ],
        funcs: [
          { name: '++', arity: 2 },
          { name: 'det_head', arity: 1 },
        ],
      }),
    },
    { module: 'io.file', line: 11, entities: entities({ preds: [{ name: 'remove_file', arity: 4 }] }) },
    { module: 'transform_hlds.lambda', line: 14, entities: entities({ typeclasses: [{ name: 'transform_hlds.lambda_like', arity: 1 }] }) },
    { module: 'parser', line: 17, entities: entities({}) },
  ]);
});

test('imported_typeclasses takes one item or a list', (t) => {
  const one = decodeImportInfo('module_imports(m, [module_imports_from(a, [imported_typeclasses(show/1)])]).', 'm');
  const list = decodeImportInfo('module_imports(m, [module_imports_from(a, [imported_typeclasses([show/1, name_arity("eq", 1)])])]).', 'm');
  t.deepEqual(one.imports[0]!.entities.typeclasses, [{ name: 'show', arity: 1 }]);
  t.deepEqual(list.imports[0]!.entities.typeclasses, [
    { name: 'show', arity: 1 },
    { name: 'eq', arity: 1 },
  ]);
});

test('a module listed twice has its entities merged into one entry', (t) => {
  const decoded = decodeImportInfo(
    'module_imports(m, [module_imports_from(a, [imported_preds([p/1])]), module_imports_from(b, []), module_imports_from(a, [imported_preds([q/2])])]).',
    'm',
  );
  t.deepEqual(
    decoded.imports.map((i) => [i.module, i.entities.preds.map((p) => `${p.name}/${p.arity}`).join(' ')]),
    [
      ['a', 'p/1 q/2'],
      ['b', ''],
    ],
  );
});

test('an empty import list is a module that imports nothing', (t) => {
  t.deepEqual(decodeImportInfo('module_imports(io__file, []).\n', 'f'), { module: 'io.file', file: 'f', imports: [] });
});

const rejects = test.macro({
  exec(t, text: string, expected: string[]) {
    const error = t.throws(() => decodeImportInfo(text, 'f.import_info'), { instanceOf: ImportGraphError });
    t.is(error!.code, 'E_INPUT');
    t.deepEqual(
      error!.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
      expected,
    );
    t.is(error!.message, expected.join('\n'));
  },
  title: (given, text: string) => given ?? `rejects ${JSON.stringify(text.length > 50 ? `${text.slice(0, 47)}...` : text)}`,
});

const GROUPS =
  '`imported_types(...)`, `imported_insts(...)`, `imported_modes(...)`, `imported_preds(...)`, `imported_funcs(...)`, `imported_typeclasses(...)`';
const ENTITY = '`Name/Arity` or `name_arity("Name", Arity)`';

test('an empty file', rejects, '% nothing here\n', ['f.import_info:2:1: expected `module_imports(Module, [...])`, found end of file']);
test('a term of another shape', rejects, 'foo/2.', ['f.import_info:1:1: expected `module_imports(Module, [...])`, found `foo/2`']);
test('module_imports with three arguments', rejects, 'module_imports(a, [], x).', [
  'f.import_info:1:1: expected `module_imports(Module, [...])`, found `module_imports(a, [], x)`',
]);
test('a second term', rejects, 'module_imports(a, []).\nmodule_imports(b, []).', [
  'f.import_info:2:1: expected one term per file, found a second term `module_imports(b, [])`',
]);
test('a syntax error after the term', rejects, 'module_imports(a, []).\nfoo(.', ['f.import_info:2:5: expected a term, found `.`']);
test('a syntax error in the term', rejects, 'module_imports(a, [x).', ['f.import_info:1:21: expected `]`, `,` or `|`, found `)`']);
test('a bad module name', rejects, 'module_imports(A, []).', ['f.import_info:1:16: expected a module name, found `A`']);
test('imports that are not a list', rejects, 'module_imports(a, foo).', [
  'f.import_info:1:19: expected a list of `module_imports_from(Module, [...])`, found `foo`',
]);
test('an open-ended import list', rejects, 'module_imports(a, [x | T]).', [
  'f.import_info:1:19: expected a list of `module_imports_from(Module, [...])`, found `[x | T]`',
]);
test('an entry of another shape', rejects, 'module_imports(a, [foo/2]).', [
  'f.import_info:1:20: expected `module_imports_from(Module, [...])`, found `foo/2`',
]);
test('an entity group list that is not a list', rejects, 'module_imports(a, [module_imports_from(b, imported_preds([]))]).', [
  `f.import_info:1:43: expected a list of ${GROUPS}, found \`imported_preds([])\``,
]);
test('an unknown entity group', rejects, 'module_imports(a, [module_imports_from(b, [imported_things([])])]).', [
  `f.import_info:1:44: expected one of ${GROUPS}, found \`imported_things([])\``,
]);
test('a group that is not a list', rejects, 'module_imports(a, [module_imports_from(b, [imported_preds(p/1)])]).', [
  `f.import_info:1:59: expected a list of ${ENTITY}, found \`p/1\``,
]);
test('an entity of another shape', rejects, 'module_imports(a, [module_imports_from(b, [imported_preds([p])])]).', [
  `f.import_info:1:60: expected ${ENTITY}, found \`p\``,
]);
test('a non-integer arity', rejects, 'module_imports(a, [module_imports_from(b, [imported_preds([p/x])])]).', [
  'f.import_info:1:62: expected an arity (a non-negative integer), found `x`',
]);
test('a negative arity', rejects, 'module_imports(a, [module_imports_from(b, [imported_preds([p/(-1)])])]).', [
  'f.import_info:1:63: expected an arity (a non-negative integer), found `-1`',
]);
test('a name that is not an atom', rejects, 'module_imports(a, [module_imports_from(b, [imported_preds([f(x)/1])])]).', [
  'f.import_info:1:60: expected a name (an atom, maybe module-qualified), found `f(x)`',
]);
test('name_arity with an unquoted name', rejects, 'module_imports(a, [module_imports_from(b, [imported_funcs([name_arity(f, 1)])])]).', [
  'f.import_info:1:71: expected a name in double quotes, found `f`',
]);

test('every bad entry of a file is reported, each at its own position', (t) => {
  const file = join(readDir, 'bad', 'wrong_shapes.import_info');
  const error = t.throws(() => decodeImportInfo(readFileSync(file, 'utf8'), 'wrong_shapes.import_info'), { instanceOf: ImportGraphError });
  t.deepEqual(
    error!.problems.map((p) => `${p.line}:${p.column}: ${p.message}`),
    [
      '2:5: expected `module_imports_from(Module, [...])`, found `foo/2`',
      '3:25: expected a module name, found `f(x)`',
      `4:55: expected ${ENTITY}, found \`3\``,
      '4:60: expected an arity (a non-negative integer), found `x`',
      '4:74: expected a name in double quotes, found `g`',
      `4:83: expected one of ${GROUPS}, found \`imported_things([])\``,
      `5:31: expected a list of ${GROUPS}, found \`imported_preds([])\``,
    ],
  );
});

test('a syntax error is reported at its position', (t) => {
  const file = join(readDir, 'bad', 'broken_syntax.import_info');
  const error = t.throws(() => decodeImportInfo(readFileSync(file, 'utf8'), 'b.import_info'), { instanceOf: ImportGraphError });
  t.is(error!.message, 'b.import_info:2:53: expected `]`, `,` or `|`, found `)`');
});

test('every file of the bundled Mercury library decodes, and its edges are the mmc graph pair for pair', (t) => {
  const dir = join(examplesDir, 'mercury-library', 'import_info');
  const files = readdirSync(dir).filter((f) => f.endsWith('.import_info'));
  t.is(files.length, 149);
  const edges: string[] = [];
  for (const f of files) {
    const decoded = decodeImportInfo(readFileSync(join(dir, f), 'utf8'), f);
    t.is(`${decoded.module}.import_info`, f);
    for (const from of decoded.imports) if (from.module !== decoded.module) edges.push(`${decoded.module}\t${from.module}`);
  }
  const expected = readFileSync(join(fixturesDir, 'mercury-library', 'edges-mmc.tsv'), 'utf8').trim().split('\n');
  t.is(edges.length, 1968);
  t.is(expected.length, 1968);
  t.deepEqual(edges.sort(), expected.sort());
});
