// What a reader can see between a killed commit and the next run depends on this order: importgraph.dep, what make reads, moves last.
import test from 'ava';
import { isSccOutputName, sccCommitPlan } from '../../src/pipeline/scc-commit-plan.js';

test('pictures move first, then index.html, then stale files go, then the text files, importgraph.dep last', (t) => {
  const plan = sccCommitPlan(['/out/imports_a.dot', '/out/overview.dot']);
  const names = ['importgraph.dep', 'importgraph.index', 'index.html', 'imports_a.svg', 'overview.dot', 'importgraph.given_up', 'prog.module_order'];
  const sorted = [...names].sort((a, b) => plan.rank!(a) - plan.rank!(b) || (a < b ? -1 : 1));
  t.deepEqual(sorted, ['imports_a.svg', 'overview.dot', 'index.html', 'importgraph.given_up', 'importgraph.index', 'prog.module_order', 'importgraph.dep']);
  t.true(plan.rank!('index.html') < plan.removalRank! && plan.removalRank! < plan.rank!('importgraph.index'));
});

test('stale files of ours are removed, but never a file mmc also writes, and a current DOT keeps its SVG', (t) => {
  const plan = sccCommitPlan(['/out/imports_a.dot', '/out/overview.dot']);
  for (const name of ['imports_b.dot', 'imports_b.svg', 'importgraph.given_up', 'importgraph.trans_opt_deps_spec']) t.true(plan.isOurs(name), name);
  for (const name of ['prog.module_order', 'prog.trans_opt_deps', 'prog.dep', 'imports_notes.txt', 'notes.html']) t.false(plan.isOurs(name), name);
  t.deepEqual([...plan.keep!].sort(), ['imports_a.svg', 'overview.svg']);
  t.true(isSccOutputName('prog.module_order_for_trans_opt'));
});
