// The Ninja writer: escaping of paths and values, refused names, the layout and the statement order.
import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { ImportGraphError } from '../../src/errors.js';
import { ninjaPath, ninjaRules, ninjaValue } from '../../src/write/ninja-rules.js';

test('paths escape $, : and space with $; values escape $; a line break is refused', (t) => {
  t.is(ninjaPath('a b:c$d.m'), 'a$ b$:c$$d.m');
  t.is(ninjaValue("'a$b c'"), "'a$$b c'");
  t.throws(() => ninjaPath('a\nb'), { instanceOf: ImportGraphError });
  t.throws(() => ninjaValue('a\rb'), { instanceOf: ImportGraphError });
});

test('one build statement per module in priority order, reading its sources, and a phony trans_opts', (t) => {
  const order = compactGraphFromEdges(3, [0, 1], [1, 2]); // a after b after c
  const text = ninjaRules(['a', 'b', 'c'], order, [2, 1, 0]);
  t.regex(text, /restat = 1/);
  t.regex(text, /build c\.trans_opt_date \| c\.trans_opt: importgraph_trans_opt c\.m\n  importgraph_module = 'c'\n/);
  t.regex(text, /build a\.trans_opt_date \| a\.trans_opt: importgraph_trans_opt a\.m \| \$\n    b\.trans_opt\n/);
  t.true(text.indexOf('build c.') < text.indexOf('build b.') && text.indexOf('build b.') < text.indexOf('build a.'));
  t.regex(text, /build trans_opts: phony \$\n    c\.trans_opt \$\n    b\.trans_opt \$\n    a\.trans_opt\n$/);
});

test('--use-subdirs names the targets under Mercury/ and passes the flag', (t) => {
  const text = ninjaRules(['a'], compactGraphFromEdges(1, [], []), [0], { useSubdirs: true });
  t.regex(text, /command = \$MCTOI \$ALL_GRADEFLAGS \$ALL_MCTOIFLAGS --use-subdirs \$importgraph_module\n/);
  t.regex(text, /build Mercury\/trans_opt_dates\/a\.trans_opt_date \| Mercury\/trans_opts\/a\.trans_opt: importgraph_trans_opt a\.m\n/);
});

test('a name outside the policy (from a library caller) is refused, not written', (t) => {
  const error = t.throws(() => ninjaRules(['a b'], compactGraphFromEdges(1, [], []), [0]), { instanceOf: ImportGraphError });
  t.is(error?.code, 'E_INPUT');
});
