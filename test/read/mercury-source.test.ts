// Scanning .m files must find exactly the imports mmc sees, and nothing hidden in comments, strings, quoted atoms or foreign code.
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModuleGraph } from '../../src/graph/module-graph.js';
import { decodeImportInfo } from '../../src/read/import-info.js';
import { scanMercurySource } from '../../src/read/mercury-source.js';
import { readModuleInputs, scanSources } from '../../src/read/read-inputs.js';
import { sourceModuleImports } from '../../src/read/source-imports.js';
import { importInfoText } from '../../src/write/import-info-text.js';
import { fixturesDir, temporaryDirectory } from '../helpers/project.js';

const dir = join(fixturesDir, 'mercury-source');
const files = ['calc.m', 'calc.lexer.m', 'calc.parser.m'].map((f) => join(dir, f));
const explicitOf = (module: string) => {
  const m = scanSources(files).modules.find((x) => x.module === module)!;
  return m.imports.filter((i) => i.kind !== 'implicit').map((i) => `${i.kind} ${i.module}`);
};

test('finds every import_module and use_module, split over lines, with comments between names, in interface and implementation', (t) => {
  t.deepEqual(explicitOf('calc'), ['import io', 'import list', 'import string', 'import map', 'import char', 'use int']);
});

test('a nested module is its own module, qualified by its parent', (t) => {
  t.deepEqual(explicitOf('calc.eval'), ['import float']);
});

test('__ qualifiers, parenthesised operator names and quoted names are module names', (t) => {
  t.deepEqual(explicitOf('calc.lexer'), ['import list', 'import transform_hlds.lambda', 'import require']);
  t.deepEqual(explicitOf('calc.parser'), ['use calc.lexer', 'use set', 'import string', 'import bool']);
});

test('declarations in comments, strings, quoted atoms and foreign code are not imports', (t) => {
  const all = scanSources(files).modules.flatMap((m) => m.imports.map((i) => i.module));
  for (const hidden of ['commented_out', 'block_commented', 'also_not', 'in_a_string', 'in_a_quoted_atom', 'in_foreign_code']) t.false(all.includes(hidden), hidden);
});

test('a clause with a syntax error is reported as a warning and the scan goes on', (t) => {
  // Clauses using operators outside the reader's table (`::`, `!`) are skipped too: only declarations matter.
  const parser = scanSources(files).warnings.filter((w) => w.file.endsWith('calc.parser.m'));
  t.deepEqual(parser.map((w) => [w.line, w.column, w.message]), [[9, 16, 'expected a term, found `.`']]);
  t.true(explicitOf('calc.parser').includes('import bool'));
});

test('content triggers: format calls, trace goals with io, try goals, tabling pragmas, and builtin/private_builtin always', (t) => {
  const implicit = (module: string) =>
    scanSources(files)
      .modules.find((x) => x.module === module)!
      .imports.filter((i) => i.kind === 'implicit')
      .map((i) => `${i.module} (${i.reason})`)
      .sort();
  t.deepEqual(implicit('calc'), ['builtin (always)', 'io (trace goal with io)', 'private_builtin (always)', 'string.format (io.format)', 'string.parse_util (io.format)']);
  t.deepEqual(implicit('calc.lexer'), [
    'builtin (always)',
    'exception (try goal)',
    'private_builtin (always)',
    'stream (unqualified format)',
    'string.format (unqualified format)',
    'string.parse_util (unqualified format)',
    'table_builtin (pragma memo)',
  ]);
});

test('a submodule depends on its ancestors and on everything they import', (t) => {
  const modules = sourceModuleImports(scanSources(files).modules);
  const eval_ = modules.find((m) => m.module === 'calc.eval')!.imports.map((i) => i.module);
  for (const m of ['calc', 'float', 'io', 'list', 'string', 'map', 'char', 'int', 'builtin', 'private_builtin', 'string.format']) t.true(eval_.includes(m), m);
});

test('a file without a module declaration is an input error', (t) => {
  t.deepEqual(scanMercurySource('% nothing\n', 'x.m').errors.map((e) => e.message), ['expected a `:- module` declaration, found none']);
});

test('scanned modules written as .import_info read back the same', (t) => {
  for (const m of sourceModuleImports(scanSources(files).modules)) {
    const back = decodeImportInfo(importInfoText(m), m.file);
    t.deepEqual(back.imports.map((i) => i.module), m.imports.map((i) => i.module));
    t.is(back.module, m.module);
  }
});

test('.m and .import_info inputs feed the same graph', async (t) => {
  const out = temporaryDirectory();
  const info = join(out, 'calc.parser.import_info');
  const parser = sourceModuleImports(scanSources(files).modules).find((m) => m.module === 'calc.parser')!;
  writeFileSync(info, importInfoText(parser));
  const mixed = await readModuleInputs([files[0]!, files[1]!, info]);
  const all = await readModuleInputs(files);
  const edges = (ms: typeof all.modules) => ms.map((m) => `${m.module}: ${m.imports.map((i) => i.module).join(' ')}`);
  t.deepEqual(edges(mixed.modules), edges(all.modules));
});

test('generated sources of the standard library give back its explicit import edges exactly', async (t) => {
  const lib = join(fixturesDir, 'mercury-library');
  const pairs = (name: string) => readFileSync(join(lib, name), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\t') as [string, string]);
  const explicit = pairs('edges-explicit.tsv');
  const includes = pairs('includes.tsv');
  const names = new Set([...explicit.flat(), ...includes.flat()]);
  const out = temporaryDirectory();
  const written: string[] = [];
  for (const name of names) {
    const imports = explicit.filter(([a]) => a === name).map(([, b]) => b);
    const half = Math.ceil(imports.length / 2);
    const text = [
      `% ${name}: generated. :- import_module not_this.`,
      `:- module ${name}.`,
      ':- interface.',
      ...includes.filter(([a]) => a === name).map(([, b]) => `:- include_module ${b}.`),
      imports.length > 0 ? `:- import_module ${imports.slice(0, half).join(',\n    ')}.` : '',
      ':- implementation.',
      imports.length > half ? `:- use_module\n    ${imports.slice(half).join(', ')}.` : '',
      `:- end_module ${name}.`,
    ].join('\n');
    const file = join(out, `${name}.m`);
    writeFileSync(file, text);
    written.push(file);
  }
  const found = scanSources(written).modules.flatMap((m) => m.imports.filter((i) => i.kind !== 'implicit').map((i) => `${m.module}\t${i.module}`));
  t.deepEqual(found.sort(), explicit.map(([a, b]) => `${a}\t${b}`).sort());
  t.is(found.length, 1096);
  // And the scanned library builds a graph of all its modules.
  t.is(buildModuleGraph((await readModuleInputs(written)).modules).names.length, names.size);
});

// A hand-written program in everyday Mercury: `::` modes, state variables, if-then-else, lambdas, field access and
// update, some/all, promise_pure, trace, try/catch_any, typeclasses and instances, `<=`, `--->`, `==`, `++`, `\+`,
// `=>`, `$pred`, `<<u`, `0x_..._u`, `_i16`-style suffixes, backquoted operators, foreign_proc, pragma memo.
const everyday = ['shop.m', 'shop.stock.m', 'shop.report.m'].map((f) => join(fixturesDir, 'mercury-everyday', f));

test('every clause of a program in everyday Mercury syntax is read: no term is skipped', (t) => {
  const scanned = scanSources(everyday);
  t.deepEqual(scanned.warnings, []);
  t.deepEqual(scanned.modules.map((m) => m.module), ['shop', 'shop.stock', 'shop.report']);
});

test('a program in everyday Mercury syntax: every import found, explicit and content-triggered', (t) => {
  const imports = (module: string) =>
    scanSources(everyday)
      .modules.find((m) => m.module === module)!
      .imports.map((i) => (i.kind === 'implicit' ? `${i.module} (${i.reason})` : `${i.kind} ${i.module}`));
  t.deepEqual(imports('shop'), [
    'import io',
    'import shop.stock',
    'import shop.report',
    'import list',
    'import map',
    'import string',
    'use int',
    'builtin (always)',
    'private_builtin (always)',
    'string.format (io.format)',
    'string.parse_util (io.format)',
    'io (trace goal with io)',
  ]);
  t.deepEqual(imports('shop.stock'), [
    'import list',
    'import map',
    'import int',
    'import solutions',
    'import uint',
    'use require',
    'builtin (always)',
    'private_builtin (always)',
    'table_builtin (pragma memo)',
  ]);
  // `Style = format` in a clause imports what a format call does; the constructor `format` in the type does not.
  t.deepEqual(imports('shop.report'), [
    'import io',
    'import shop.stock',
    'import bool',
    'import char',
    'import list',
    'import map',
    'import string',
    'string.format (format constant)',
    'string.parse_util (format constant)',
    'stream (format constant)',
    'builtin (always)',
    'private_builtin (always)',
    'exception (try goal)',
  ]);
});

test('the constant `format` counts only in clauses, and not when module-qualified (`other.format`)', (t) => {
  const implicit = (text: string) =>
    scanMercurySource(`:- module m.\n${text}\n`, 'm.m').modules[0]!.imports.filter((i) => i.reason === 'format constant').map((i) => `${i.module}:${i.line}`);
  t.deepEqual(implicit(':- type t ---> format.\n:- func f = format.'), []);
  t.deepEqual(implicit('p(X) :- X = other.format.'), []);
  t.deepEqual(implicit('p(X) :-\n    X = format.'), ['string.format:3', 'string.parse_util:3', 'stream:3']);
});
