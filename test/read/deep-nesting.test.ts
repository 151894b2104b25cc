// A million levels of nesting, in every form the syntax has, must parse and flow through every reader without overflowing the stack.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { decodeImportInfoAt } from '../../src/read/import-info.js';
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { scanMercurySource } from '../../src/read/mercury-source.js';
import { moduleName } from '../../src/read/module-name.js';
import { describeTerm, type Term } from '../../src/read/term.js';
import { readTerms } from '../../src/read/term-parser.js';
import { parseTransOptDepsSpec } from '../../src/read/trans-opt-deps-spec.js';

const LEVELS = 1_000_000;

/** The deepest path from the root, measured with an explicit stack (the test itself must not overflow). */
function depth(root: Term): number {
  let deepest = 0;
  const stack: Array<[Term, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [t, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    if (t.kind === 'compound') for (const a of t.args) stack.push([a, d + 1]);
  }
  return deepest;
}

/** `open` LEVELS times, `inner`, `close` LEVELS times. */
function nested(open: string, inner: string, close: string, levels = LEVELS): string {
  return `${open.repeat(levels)}${inner}${close.repeat(levels)}`;
}

// Each form: its text, and the least term depth it must give (parentheses add none).
const FORMS: Array<[string, string, number]> = [
  ['lists `[[[a]]]`', nested('[', 'a', ']'), LEVELS],
  ['parentheses `(((a)))`', nested('(', 'a', ')'), 1],
  ['tuples `{{{a}}}`', nested('{', 'a', '}'), LEVELS],
  ['applications `f(f(f(a)))`', nested('f(', 'a', ')'), LEVELS],
  ['closure applications `X(X(X(a)))`', nested('X(', 'a', ')'), LEVELS],
  ['list tails `[a | [a | [a]]]`', nested('[a | ', '[a]', ']'), LEVELS],
  ['prefix chains `not not not a`', nested('not ', 'a', ''), LEVELS],
  ['prefix chains `- (- (- a))`', nested('- (', 'a', ')'), LEVELS],
  ['prefix chains `\\+ \\+ \\+ a`', nested('\\+ ', 'a', ''), LEVELS],
  ['qualifiers `a.(a.(a.(b)))`', nested('a.(', 'b', ')'), LEVELS],
  ['right-associative chains `a, a, a` (xfy)', nested('a, ', 'a', ''), LEVELS],
  ['right-nested parentheses `a - (a - (a))`', nested('a - (', 'a', ')'), LEVELS],
  ['left-associative chains `a - a - a` (yfx)', nested('', 'a', ' - a'), LEVELS],
  ['mixed `f([{(- a`', nested('f([{(- ', 'a', ')}])', LEVELS / 4), LEVELS / 4],
];

for (const [name, text, least] of FORMS) {
  test(`${name}: a million levels parse, and the term can be described`, (t) => {
    const [term] = readTerms(`${text}.`, 'deep.m');
    t.true(depth(term!) >= least);
    t.true(describeTerm(term!).length <= 62);
  });
}

test('a million-level qualified module name is a module name, not a stack overflow', (t) => {
  const [term] = readTerms(`${nested('a.(', 'b', ')')}.`, 'deep.m');
  const name = moduleName(term!);
  t.is(name?.length, 2 * LEVELS + 1);
  t.true(name!.endsWith('a.a.b'));
});

test('a deeply nested `.import_info` decodes or is a located problem in both decoders', (t) => {
  const qualified = `module_imports(${nested('a.(', 'b', ')')}, []).\n`;
  t.is(decodeImportInfoFast(qualified, 'q.import_info'), undefined);
  // A million-level qualified name parses; it is then far longer than the name policy allows, and says so at its place.
  const q = t.throws(() => decodeImportInfoAt(qualified, 'q.import_info'), { instanceOf: ImportGraphError });
  t.like(q.problems[0], { file: 'q.import_info', line: 1, column: 16 });
  t.regex(q.problems[0]!.message, /it is 2000001 bytes long in UTF-8, more than 228/);
  const badEntity = `module_imports(m, [module_imports_from(n, [imported_preds([${nested('[', 'a', ']')}])])]).\n`;
  t.is(decodeImportInfoFast(badEntity, 'e.import_info'), undefined);
  const e = t.throws(() => decodeImportInfoAt(badEntity, 'e.import_info'), { instanceOf: ImportGraphError });
  t.is(e.code, 'E_INPUT');
  t.like(e.problems[0], { file: 'e.import_info', line: 1, column: 60 });
  t.regex(e.problems[0]!.message, /^expected `Name\/Arity` or `name_arity\("Name", Arity\)`, found `\[\[\[/);
  const unclosed = `module_imports(m, [${'['.repeat(LEVELS)}]).\n`;
  const u = t.throws(() => decodeImportInfoAt(unclosed, 'u.import_info'), { instanceOf: ImportGraphError });
  t.like(u.problems[0], { file: 'u.import_info', line: 1 });
  t.regex(u.problems[0]!.message, /expected/);
});

test('a deeply nested spec entry is an error at its place', (t) => {
  const spec = parseTransOptDepsSpec(`module_allow_deps(m, [${nested('f(', 'a', ')')}]).\n`, 'deep.spec');
  t.deepEqual(spec.entries, []);
  t.like(spec.errors[0], { file: 'deep.spec', line: 1, column: 23 });
  t.regex(spec.errors[0]!.message, /^expected a module name, got `f\(f\(/);
});

test('a `.m` clause nested a million deep does not stop the scan', (t) => {
  const source = [':- module deep.', ':- interface.', ':- import_module list.', `p(${nested('[', 'X', ']')}) :- ${nested('q, ', 'r', '')}.`, ':- implementation.', ':- import_module int.', ''].join('\n');
  const scanned = scanMercurySource(source, 'deep.m');
  t.deepEqual(scanned.errors, []);
  t.deepEqual(scanned.warnings, []);
  t.deepEqual(
    scanned.modules[0]!.imports.filter((i) => i.kind !== 'implicit').map((i) => i.module),
    ['list', 'int'],
  );
});
