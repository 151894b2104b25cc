// Issue 13 as a user sees it: `plan` on the library with costs reaches the solver's frontier point and the defaults stay short.
import test from 'ava';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const weights = join(examplesDir, 'mercury-library/weights.tsv');
const inputs = join(examplesDir, 'mercury-library/import_info/*.import_info');

async function autoPlan(args: string[]): Promise<{ criticalPath: { modules: number; cost: number }; honoured: { count: number } }> {
  const run = await runCli(['plan', '--json', '--weights', weights, ...args, inputs], temporaryDirectory());
  if (run.exitCode !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout).find((p: { name: string }) => p.name === 'auto');
}

test('--max-depth 10 --max-critical-path 800000 honours at least the 1,776 imports the solver found there', async (t) => {
  const auto = await autoPlan(['--max-depth', '10', '--max-critical-path', '800000']);
  t.true(auto.criticalPath.modules <= 10);
  t.true(auto.criticalPath.cost <= 800_000);
  t.true(auto.honoured.count >= 1776, `${auto.honoured.count} honoured`);
});

test('defaults: ≤ 10 modules, ≤ 800,000 bytes, ≥ 1,776 of 1,968 honoured', async (t) => {
  const auto = await autoPlan([]);
  t.true(auto.criticalPath.modules <= 10);
  t.true(auto.criticalPath.cost <= 800_000, `${auto.criticalPath.cost} bytes`);
  t.true(auto.honoured.count >= 1776, `${auto.honoured.count} honoured`);
});
