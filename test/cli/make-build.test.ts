// The whole point: real GNU make -j8 builds every .trans_opt bottom-up from importgraph's rules, in parallel.
import test from 'ava';
import { execa } from 'execa';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const hasMake = (await execa('make', ['--version'], { reject: false })).exitCode === 0;
const makeTest = hasMake ? test : test.skip;
if (!hasMake) console.log('GNU make is not installed: the make -j8 build tests are skipped');

interface Run {
  start: number;
  end: number;
}

function readLog(file: string): Map<string, Run[]> {
  const runs = new Map<string, Run[]>();
  const open = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [what, module, time] = line.split(' ');
    if (what === 'start') open.set(module, Number(BigInt(time) / 1000n));
    if (what === 'end') {
      const list = runs.get(module) ?? [];
      list.push({ start: open.get(module)!, end: Number(BigInt(time) / 1000n) });
      runs.set(module, list);
    }
  }
  return runs;
}

function maxConcurrency(runs: Map<string, Run[]>): number {
  const events: [number, number][] = [];
  for (const list of runs.values()) for (const r of list) events.push([r.start, 1], [r.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, delta] of events) max = Math.max(max, (now += delta));
  return max;
}

// Sets up a build directory the way the README says: a Makefile of two includes (and the stand-in compiler).
async function buildWithMake(t: any, inputGlob: string, sleep: string) {
  const dir = temporaryDirectory();
  const scc = await runCli(['scc', '--out-dir', 'build/importgraph', join(examplesDir, inputGlob)], dir);
  t.is(scc.exitCode, 0, scc.stderr);
  const order = parseOrderFile(readFileSync(join(dir, 'build/importgraph/importgraph.trans_opt_order'), 'utf8'));
  for (const module of order.keys()) writeFileSync(join(dir, `${module}.m`), `:- module ${module}.\n`);
  writeFileSync(
    join(dir, 'Makefile'),
    `MCTOI = sh ${join(fixturesDir, 'make/fake-mmc.sh')}\n` +
      `include ${join(projectRoot, 'make/importgraph.mk')}\n` +
      'include build/importgraph/importgraph.dep\n',
  );
  const log = join(dir, 'build.log');
  const env = { FAKE_MMC_LOG: log, FAKE_MMC_SLEEP: sleep };
  const make = await execa('make', ['-j8', 'trans_opts'], { cwd: dir, env, reject: false });
  t.is(make.exitCode, 0, make.stderr);
  return { dir, order, log, env, runs: readLog(log) };
}

const buildsBottomUp = test.macro(async (t, inputGlob: string, sleep: string) => {
  const { order, runs } = await buildWithMake(t, inputGlob, sleep);
  t.deepEqual([...runs.keys()].sort(), [...order.keys()].sort(), 'every module is built');
  for (const [module, list] of runs) t.is(list.length, 1, `${module} is built once`);
  for (const [module, sources] of order) {
    const started = runs.get(module)![0].start;
    for (const source of sources) {
      const ended = runs.get(source)![0].end;
      t.true(ended <= started, `${module} started before its source ${source} ended`);
    }
  }
  t.true(maxConcurrency(runs) >= 2, 'make ran two modules at once');
});

makeTest('make -j8 trans_opts builds the standard library bottom-up, in parallel', buildsBottomUp, 'mercury-library/import_info/*.import_info', '0.02');
makeTest('make -j8 trans_opts builds the calculator bottom-up, in parallel', buildsBottomUp, 'calculator/*.import_info', '0.2');

makeTest('a second importgraph run changes no file, so make has nothing to do', async (t) => {
  const { dir, log, env } = await buildWithMake(t, 'calculator/*.import_info', '0.01');
  const depFile = join(dir, 'build/importgraph/importgraph.dep');
  const before = statSync(depFile).mtimeMs;
  const again = await runCli(['scc', '--out-dir', 'build/importgraph', join(examplesDir, 'calculator/*.import_info')], dir);
  t.is(again.exitCode, 0);
  t.regex(again.stderr, / 0 written, \d+ unchanged/);
  t.is(statSync(depFile).mtimeMs, before);
  const linesBefore = readFileSync(log, 'utf8');
  const make = await execa('make', ['-j8', 'trans_opts'], { cwd: dir, env, reject: false });
  t.is(make.exitCode, 0);
  t.is(readFileSync(log, 'utf8'), linesBefore, 'make rebuilt nothing');
});
