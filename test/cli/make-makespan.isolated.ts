// Real make -j8 on the library with builds as long as the weights say: the order holds and the timings opt-in reads back (wall time against the plan is `npm run bench:make`).
import test from 'ava';
import { execa } from 'execa';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const hasMake = (await execa('make', ['--version'], { reject: false })).exitCode === 0;
const makeTest = hasMake ? test.serial : test.skip;
if (!hasMake) console.log('GNU make is not installed: the make -j8 makespan test is skipped');

const weights = join(examplesDir, 'mercury-library/weights.tsv');
const inputs = join(examplesDir, 'mercury-library/import_info/*.import_info');

makeTest('make -j8 with the auto order keeps the order, and its timings file reads back as weights', async (t) => {
  const dir = temporaryDirectory();
  const scc = await runCli(['scc', '--order', 'auto', '--weights', weights, '--out-dir', 'out', inputs], dir);
  t.is(scc.exitCode, 0, scc.stderr);
  const plan = await runCli(['plan', '--json', '--weights', weights, inputs], dir);
  t.is(plan.exitCode, 0, plan.stderr);
  const auto = JSON.parse(plan.stdout).find((p: { name: string }) => p.name === 'auto');
  const simulated: number = auto.makespans.find((m: { jobs: number }) => m.jobs === 8).makespan;
  const secondsPerUnit = 8 / simulated; // the simulated build takes 8 s
  const order = parseOrderFile(readFileSync(join(dir, 'out/importgraph.trans_opt_order'), 'utf8'));
  for (const module of order.keys()) writeFileSync(join(dir, `${module}.m`), '');
  writeFileSync(
    join(dir, 'Makefile'),
    `MCTOI = sh ${join(fixturesDir, 'make/fake-mmc-weighted.sh')}\ninclude ${join(projectRoot, 'make/importgraph.mk')}\ninclude out/importgraph.dep\n`,
  );
  const log = join(dir, 'build.log');
  const env = { FAKE_MMC_LOG: log, FAKE_MMC_WEIGHTS: weights, FAKE_MMC_SECONDS_PER_UNIT: String(secondsPerUnit), IMPORTGRAPH_TIMINGS: join(dir, 'timings.tsv') };
  const make = await execa('make', ['-j8', 'trans_opts'], { cwd: dir, env, reject: false });
  t.is(make.exitCode, 0, make.stderr);

  const start = new Map<string, bigint>();
  const end = new Map<string, bigint>();
  for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
    const [what, module, time] = line.split(' ');
    (what === 'start' ? start : end).set(module, BigInt(time));
  }
  t.is(start.size, order.size, 'every module built');
  let violations = 0;
  for (const [module, sources] of order) for (const s of sources) if (start.get(module)! < end.get(s)!) violations++;
  t.is(violations, 0, 'ordering violations');

  // The opt-in timings file records every module, and reads back as weights.
  const timings = readFileSync(join(dir, 'timings.tsv'), 'utf8').trim().split('\n');
  t.is(timings.length, order.size);
  const again = await runCli(['plan', '--json', '--weights', join(dir, 'timings.tsv'), inputs], dir);
  t.is(again.exitCode, 0, again.stderr);
  const measured = JSON.parse(again.stdout).find((p: { name: string }) => p.name === 'default').totalCost;
  // A build never takes less than its stand-in sleeps; how much more depends on the machine's load, so only the floor is checked.
  t.true(measured >= 0.95 * auto.totalCost * secondsPerUnit, `measured total ${measured}`);
});
