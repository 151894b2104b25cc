// `importgraph plan` and `scc --order auto` as a user runs them on the standard library: the numbers the issue promises.
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closurePairs, parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const weights = join(examplesDir, 'mercury-library/weights.tsv');
const inputs = join(examplesDir, 'mercury-library/import_info/*.import_info');

test('plan shows auto beating the hand-tuned spec on the library: ≤ 10 modules, ≤ 1,200,000 bytes, ≥ 90% of imports', async (t) => {
  const run = await runCli(['plan', '--json', '--weights', weights, inputs], temporaryDirectory());
  t.is(run.exitCode, 0, run.stderr);
  const plans = JSON.parse(run.stdout);
  const byName = Object.fromEntries(plans.map((p: { name: string }) => [p.name, p]));
  t.is(byName.default.criticalPath.modules, 90);
  t.is(byName.default.criticalPath.cost, 4509439);
  t.true(byName.auto.criticalPath.modules <= 10);
  t.true(byName.auto.criticalPath.cost <= 1_200_000);
  t.true(byName.auto.honoured.count >= 0.9 * 1968, `${byName.auto.honoured.count} honoured`);
  for (const m of byName.auto.makespans) t.true(m.makespan >= m.lowerBound - 1e-6);
});

test('plan prints a side-by-side table for people', async (t) => {
  const run = await runCli(['plan', '--weights', weights, inputs], temporaryDirectory());
  t.regex(run.stdout, /critical path, modules\s+90\s+10/);
  t.regex(run.stdout, /makespan -j8 \(bound\)/);
  t.regex(run.stdout, /critical path \(auto\): /);
});

test('scc --order auto writes an order that honours only imports, without cycles, and lists what it gave up', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--order', 'auto', '--weights', weights, '--out-dir', 'out', inputs], dir);
  t.is(run.exitCode, 0, run.stderr);
  const order = parseOrderFile(readFileSync(join(dir, 'out/importgraph.trans_opt_order'), 'utf8'));
  const imports = new Set(readFileSync(join(fixturesDir, 'mercury-library/edges-mmc.tsv'), 'utf8').split('\n'));
  const closure = closurePairs(order);
  for (const [m] of order) t.false(closure.has(`${m}\t${m}`), `${m} is on a cycle`);
  for (const [a, sources] of order) for (const b of sources) t.true(imports.has(`${a}\t${b}`), `${a} -> ${b} is not an import`);
  const honoured = [...imports].filter((p) => p !== '' && closure.has(p)).length;
  t.true(honoured >= 1772, `${honoured} honoured`);
  const givenUp = readFileSync(join(dir, 'out/importgraph.given_up'), 'utf8');
  t.regex(givenUp, /^# SCC array \(85 modules\): \d+ imports given up$/m);
  const lines = givenUp.split('\n').filter((l) => l.includes(' -> '));
  for (const l of lines) t.regex(l, /^\S+ -> \S+\tweight \d+\t(keeping it closes a cycle|keeping it: \d+ modules, cost \d+)\t/);
  // Every import given up because keeping it would close a cycle really does: the imported module reaches the importer.
  for (const l of lines.filter((x) => x.includes('closes a cycle'))) {
    const [a, b] = l.split('\t')[0].split(' -> ');
    t.true(closure.has(`${b}\t${a}`), l);
  }
  const listed = lines.length;
  t.is(listed + honoured, 1968 - [...imports].filter((p) => p.split('\t')[0] === p.split('\t')[1]).length);
});

test('an unknown --order is a usage error naming the choices', async (t) => {
  const run = await runCli(['scc', '--order', 'fastest', inputs], temporaryDirectory());
  t.is(run.exitCode, 2);
  t.regex(run.stderr, /--order takes `name` or `auto`/);
});

test('plan reads .m sources as scc does, and names a skipped term', async (t) => {
  const dir = temporaryDirectory();
  const everyday = join(fixturesDir, 'mercury-everyday');
  const clean = await runCli(['plan', join(everyday, '*.m')], dir);
  t.is(clean.exitCode, 0, clean.stderr);
  t.is(clean.stderr, '');
  t.regex(clean.stdout, /critical path, modules +3 +3/);
  writeFileSync(join(dir, 'a.m'), ':- module a.\n:- import_module shop.\np(X Y).\n');
  const broken = await runCli(['plan', 'a.m', join(everyday, '*.m')], dir);
  t.is(broken.exitCode, 0, broken.stderr);
  t.is(broken.stderr, 'a.m:3:5: warning: expected `)` or `,`, found `Y`; this term was skipped');
});
