// Module names reach make, the shell and file names: only identifiers joined by '.' that fit a file name get in, and every reader refuses the rest at the name.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { decodeImportInfoAt } from '../../src/read/import-info.js';
import { scanMercurySource } from '../../src/read/mercury-source.js';
import { MAX_MODULE_NAME_BYTES, checkMainName, isAcceptedModuleName, moduleNameRefusal } from '../../src/read/name-policy.js';
import { ACCEPTED, REFUSED, firstRefusedCharacter, quotedAtom } from '../helpers/hostile-module-names.js';

test('every hostile name is refused, and the reason names the first refused character, the empty component or the length', (t) => {
  t.true(REFUSED.length + ACCEPTED.length >= 50);
  for (const { what, name } of REFUSED) {
    t.false(isAcceptedModuleName(name), what);
    const message = moduleNameRefusal(name);
    const bad = firstRefusedCharacter(name);
    if (bad !== undefined) t.true(message?.includes(`(${bad}) is not a letter, digit or _`), `${what}: ${message}`);
    else t.regex(message ?? '', /empty component|bytes long in UTF-8/, what);
  }
});

test('letters, marks and digits of any script, `_` and `.` between components are accepted', (t) => {
  for (const { what, name } of ACCEPTED) t.is(moduleNameRefusal(name), undefined, what);
  for (const name of ['list', 'io.file', 'transform_hlds.lambda', '__init', 'a__', 'x1.Y2._3']) t.true(isAcceptedModuleName(name), name);
});

test('the length bound is in UTF-8 bytes, so that M.module_order_for_trans_opt fits in 255 bytes', (t) => {
  t.is(MAX_MODULE_NAME_BYTES + '.module_order_for_trans_opt'.length, 255);
  t.true(isAcceptedModuleName('x'.repeat(228)));
  t.false(isAcceptedModuleName('x'.repeat(229)));
  t.true(isAcceptedModuleName('日'.repeat(76)));
  t.false(isAcceptedModuleName(`${'日'.repeat(76)}x`));
  t.regex(moduleNameRefusal('é'.repeat(115))!, /it is 230 bytes long in UTF-8, more than 228/);
});

test('a refused name is shown with invisible and control characters escaped and cut when long', (t) => {
  t.is(
    moduleNameRefusal('a\u202Eb\n'),
    "module name 'a\\u202Eb\\n' cannot be used: character '\\u202E' (U+202E) is not a letter, digit or _ (module names are identifiers joined by '.')",
  );
  t.true(moduleNameRefusal('x'.repeat(300))!.includes(`'${'x'.repeat(77)}...'`));
});

function generalProblems(text: string): string[] {
  try {
    decodeImportInfoAt(text, 'f.import_info');
    return [];
  } catch (e) {
    if (!(e instanceof ImportGraphError)) throw e;
    return e.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
  }
}

test('the .import_info decoder refuses a name where it is written, pointing at the atom that holds the character', (t) => {
  const text = "module_imports('a b', [\n  module_imports_from(pkg.'x$(y)', []),\n  module_imports_from(ok, [])\n]).\n";
  t.is(decodeImportInfoFast(text, 'f.import_info'), undefined, 'the fast path leaves it to the general decoder');
  t.deepEqual(generalProblems(text), [
    "1:16: module name 'a b' cannot be used: character ' ' (U+0020) is not a letter, digit or _ (module names are identifiers joined by '.')",
    "2:27: module name 'pkg.x$(y)' cannot be used: character '$' (U+0024) is not a letter, digit or _ (module names are identifiers joined by '.')",
  ]);
});

test('the fast decoder declines every refused name and takes every accepted one', (t) => {
  for (const { what, name } of [...REFUSED, ...ACCEPTED]) {
    const text = `module_imports(${quotedAtom(name)}, [module_imports_from(${quotedAtom(name)}, [])]).\n`;
    const fast = decodeImportInfoFast(text, 'f.import_info');
    if (isAcceptedModuleName(name)) t.is(fast?.imports.module, name, what);
    else t.is(fast, undefined, what);
  }
});

test('the .m scanner refuses a refused name in `:- module`, `:- import_module` and `:- include_module` as an error, at the name', (t) => {
  const scanned = scanMercurySource(":- module m.\n:- interface.\n:- import_module list, 'a;b'.\n:- include_module 'sub mod'.\n", 'm.m');
  t.deepEqual(
    scanned.errors.map((p) => `${p.line}:${p.column}: ${p.message}`),
    [
      "3:24: module name 'a;b' cannot be used: character ';' (U+003B) is not a letter, digit or _ (module names are identifiers joined by '.')",
      "4:19: module name 'sub mod' cannot be used: character ' ' (U+0020) is not a letter, digit or _ (module names are identifiers joined by '.')",
    ],
  );
  const module = scanMercurySource(":- module '../evil'.\n", 'e.m');
  t.deepEqual(
    module.errors.map((p) => `${p.line}:${p.column}: ${p.message}`),
    ["1:11: module name '../evil' cannot be used: character '/' (U+002F) is not a letter, digit or _ (module names are identifiers joined by '.')"],
  );
  t.deepEqual(module.modules, []);
});

test('a submodule whose full name is too long is refused though its own name is short', (t) => {
  const parent = 'p'.repeat(220);
  const scanned = scanMercurySource(`:- module ${parent}.\n:- include_module child_module.\n`, 'p.m');
  t.is(scanned.errors.length, 1);
  t.regex(scanned.errors[0]!.message, /is 233 bytes long in UTF-8/);
});

test('--main is a module name, never a path', (t) => {
  t.notThrows(() => checkMainName('mer_std'));
  for (const bad of ['../X', 'a/b', '', 'x y', '.hidden']) {
    const error = t.throws(() => checkMainName(bad), { instanceOf: ImportGraphError });
    t.is(error?.code, 'E_USAGE', bad);
    t.regex(error?.message ?? '', /^--main takes a module name, not '/);
  }
});
