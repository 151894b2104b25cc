// A spec with errors is ignored as a whole, as mmc does, and every error and warning points at file:line:column.
import test from 'ava';
import { formatProblem } from '../../src/errors.js';
import { parseTransOptDepsSpec } from '../../src/read/trans-opt-deps-spec.js';

const known = new Set(['a', 'b', 'io.file', 'builtin', 'private_builtin']);
const problems = (text: string) => {
  const r = parseTransOptDepsSpec(text, 'f.spec', known);
  return { entries: r.entries, errors: r.errors.map(formatProblem), warnings: r.warnings.map(formatProblem) };
};

test('reads allow and disallow terms with qualified, __ and quoted names, adding builtin and private_builtin to allow lists', (t) => {
  const r = parseTransOptDepsSpec("% comment\nmodule_allow_deps(a, [io__file]).\nmodule_disallow_deps('b', [io.file, a]).\n", 'f.spec', known);
  t.deepEqual(r.errors, []);
  t.deepEqual(r.warnings, []);
  t.deepEqual(
    r.entries.map((e) => [e.module, e.kind, e.targets.map((x) => x.module), e.line, e.column]),
    [
      ['a', 'allow', ['builtin', 'private_builtin', 'io.file'], 2, 19],
      ['b', 'disallow', ['io.file', 'a'], 3, 22],
    ],
  );
});

test('builtin and private_builtin get no implicit allow entries of their own', (t) => {
  const r = parseTransOptDepsSpec('module_allow_deps(builtin, [private_builtin]).\nmodule_allow_deps(private_builtin, []).\n', 'f.spec', known);
  t.deepEqual(r.entries.map((e) => e.targets.map((x) => x.module)), [['private_builtin'], []]);
});

const ignoring = 'Ignoring f.spec due to the presence of errors.';
const errorCases: Array<[string, string, string[]]> = [
  ['a syntax error stops reading', 'module_allow_deps(a, [b).\nmodule_allow_deps(zzz, 1).\n', ['f.spec:1:24: read error: expected `]`, `,` or `|`, found `)`', `f.spec:1:24: ${ignoring}`]],
  ['another term shape', 'module_allow(a, [b]).\n', ['f.spec:1:1: expected either `module_allow_deps(module_name, module_name_list)` or `module_disallow_deps(module_name, module_name_list)`, got `module_allow(a, [b])`', `f.spec:1:1: ${ignoring}`]],
  ['a source that is not a module name', 'module_allow_deps(X, [b]).\n', ['f.spec:1:1: expected either `module_allow_deps(module_name, module_name_list)` or `module_disallow_deps(module_name, module_name_list)`, got `module_allow_deps(X, [b])`', `f.spec:1:1: ${ignoring}`]],
  ['a second argument that is not a list', 'module_disallow_deps(a, b).\n', ['f.spec:1:25: expected a list, got `b`', `f.spec:1:25: ${ignoring}`]],
  ['a list item that is not a module name', 'module_disallow_deps(a, [b,\n  "c"]).\n', ['f.spec:2:3: expected a module name, got `"c"`', `f.spec:2:3: ${ignoring}`]],
  ['two entries for one module', 'module_allow_deps(a, []).\nmodule_disallow_deps(a, [b]).\n', ['f.spec:2:22: duplicate entry for source module `a`; the original entry is at f.spec:1:19', `f.spec:2:22: ${ignoring}`]],
];
for (const [what, text, expected] of errorCases) {
  test(`a spec with ${what} is ignored as a whole`, (t) => {
    const r = problems(text);
    t.deepEqual(r.errors, expected);
    t.deepEqual(r.entries, []);
    t.deepEqual(r.warnings, []);
  });
}

test('warns about module names not in the graph and names listed twice, counting the implicit names as mmc does', (t) => {
  const r = problems('module_allow_deps(zz, [a, yy, a, builtin]).\nmodule_disallow_deps(b, [a, a]).\n');
  t.is(r.entries.length, 2);
  t.deepEqual(r.warnings, [
    'f.spec:1:19: the module name `zz` does not occur in the dependency graph',
    'f.spec:1:27: the 4th allowed module name `yy` does not occur in the dependency graph',
    'f.spec:1:31: the 5th allowed module name `a` is the same as the 3rd allowed module name',
    'f.spec:1:34: the 6th allowed module name `builtin` is the same as the 1st allowed module name',
    'f.spec:2:29: the 2nd disallowed module name `a` is the same as the 1st disallowed module name',
  ]);
});
