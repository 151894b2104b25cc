// The .dep file must look like mmc's own .d rules, so a Mercury developer reads it at a glance and make reads it exactly.
import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { ImportGraphError } from '../../src/errors.js';
import { makeRule, makeRules } from '../../src/write/make-rules.js';

test('a rule lists one prerequisite a line, as mmc writes .d files', (t) => {
  t.is(makeRule('foo.trans_opt_date', ['bar.trans_opt', 'baz.trans_opt']), 'foo.trans_opt_date : \\\n\t\tbar.trans_opt \\\n\t\tbaz.trans_opt\n');
});

test('a rule with no prerequisites is `target :`', (t) => {
  t.is(makeRule('foo.trans_opt_date', []), 'foo.trans_opt_date :\n');
});

const names = ['a', 'b', 'c'];
const order = compactGraphFromEdges(3, [0, 1], [1, 2]);

test('the .dep file has a rule per module and a trans_opts target in priority order', (t) => {
  const text = makeRules(names, order, [0, 1, 2], [2, 1, 0]);
  t.true(text.includes('a.trans_opt_date : \\\n\t\tb.trans_opt\n'));
  t.true(text.includes('c.trans_opt_date :\n'));
  t.true(text.includes('.PHONY : trans_opts\ntrans_opts : \\\n\t\tc.trans_opt \\\n\t\tb.trans_opt \\\n\t\ta.trans_opt\n'));
});

test('with --use-subdirs the names are those of mmc --use-subdirs', (t) => {
  const text = makeRules(names, order, [0, 1, 2], [0, 1, 2], { useSubdirs: true });
  t.true(text.includes('Mercury/trans_opt_dates/a.trans_opt_date : \\\n\t\tMercury/trans_opts/b.trans_opt\n'));
});

test('every target is in a static pattern rule, so make names a missing .m instead of skipping the module', (t) => {
  const text = makeRules(names, order, [0, 1, 2], [2, 1, 0]);
  t.true(text.includes('importgraph_trans_opt_dates := \\\n\t\ta.trans_opt_date \\\n\t\tb.trans_opt_date \\\n\t\tc.trans_opt_date\n'));
  t.true(text.includes('$(importgraph_trans_opt_dates) : %.trans_opt_date : %.m\n\t$(importgraph_make_trans_opt)\n'));
  t.true(text.includes('$(importgraph_trans_opts) : %.trans_opt : %.trans_opt_date\n\t@:\n'));
  const subdirs = makeRules(names, order, [0, 1, 2], [2, 1, 0], { useSubdirs: true });
  t.true(subdirs.includes('importgraph_use_subdirs := yes\n'));
  t.true(subdirs.includes('$(importgraph_trans_opt_dates) : Mercury/trans_opt_dates/%.trans_opt_date : %.m\n'));
  t.true(subdirs.includes('$(importgraph_trans_opts) : Mercury/trans_opts/%.trans_opt : Mercury/trans_opt_dates/%.trans_opt_date\n'));
});

test('the .dep stops make at once when importgraph.mk was not included first', (t) => {
  t.true(makeRules(names, order, [0, 1, 2], [2, 1, 0]).includes('ifndef importgraph_mk\n$(error importgraph.dep needs importgraph.mk'));
});

test('a module name outside the policy never reaches the .dep, even from a library caller', (t) => {
  const error = t.throws(() => makeRules(['a', '$(shell touch PWNED)', 'c'], order, [0, 1, 2], [2, 1, 0]), { instanceOf: ImportGraphError });
  t.is(error?.code, 'E_INPUT');
  t.regex(error?.message ?? '', /module name '\$\(shell touch PWNED\)' cannot be used: character '\$' \(U\+0024\)/);
});
