// `importgraph plan --prove` as a user runs it on the standard library: auto's count beside a solver's upper bound.
import test from 'ava';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const inputs = join(examplesDir, 'mercury-library/import_info/*.import_info');

test('plan --prove --max-depth 6 prints auto beside an upper bound; solved, the bound is the proven optimum 1,654 and auto reaches it', async (t) => {
  const run = await runCli(['plan', '--max-depth', '6', '--prove', '--prove-time', '900', inputs], temporaryDirectory());
  t.is(run.exitCode, 0, run.stderr);
  const match = /^auto honours (\d+); at most (\d+) are possible \(gap ([\d.]+)%; depth ≤ 6 model, (proven optimal|HiGHS stopped at its time limit), [\d.]+ s\)$/m.exec(run.stdout);
  t.truthy(match, run.stdout);
  const [, honoured, bound, , how] = match as RegExpExecArray;
  t.is(Number(honoured), 1654);
  t.true(Number(bound) >= Number(honoured));
  if (how === 'proven optimal') t.is(Number(bound), 1654);
});

test('plan --prove --max-depth 10: the bound the solver reaches in its time, whatever it is, is never below what auto honours nor above all imports', async (t) => {
  const run = await runCli(['plan', '--max-depth', '10', '--prove', '--prove-time', '30', inputs], temporaryDirectory());
  t.is(run.exitCode, 0, run.stderr);
  const match = /^auto honours (\d+); at most (\d+) are possible \(gap ([\d.]+)%; depth ≤ 10 model, (?:proven optimal|HiGHS stopped at its time limit), [\d.]+ s\)$/m.exec(run.stdout);
  t.truthy(match, run.stdout);
  const [, honoured, bound, gap] = (match as RegExpExecArray).map(Number);
  t.true(bound >= honoured, `bound ${bound} below auto's ${honoured}`);
  t.true(bound <= 1968);
  t.is(gap.toFixed(2), ((100 * (bound - honoured)) / bound).toFixed(2));
});

test('plan --json --prove keeps stdout JSON and puts the bound on stderr', async (t) => {
  const run = await runCli(['plan', '--json', '--max-depth', '4', '--prove', '--prove-time', '900', inputs], temporaryDirectory());
  t.is(run.exitCode, 0, run.stderr);
  t.notThrows(() => JSON.parse(run.stdout));
  t.regex(run.stderr, /auto honours \d+; at most \d+ are possible/);
});

test('--prove-time takes a positive number', async (t) => {
  const run = await runCli(['plan', '--prove', '--prove-time', 'soon', inputs], temporaryDirectory());
  t.is(run.exitCode, 2);
  t.regex(run.stderr, /--prove-time takes a positive number/);
});
