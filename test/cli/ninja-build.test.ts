// Real Ninja builds every .trans_opt bottom-up from importgraph.ninja, in parallel, incrementally, and stops at an unchanged .trans_opt (restat).
import test from 'ava';
import { execa } from 'execa';
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxConcurrency, readBuildLog, startOrder } from '../helpers/build-log.js';
import { runtimeNinja, schedulesCriticalPath, systemNinja, type Ninja } from '../helpers/ninja.js';
import { parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const library = join(examplesDir, 'mercury-library/import_info/*.import_info');

// The README's build.ninja: Mmake's variables, then the include.
function buildNinja(extra = '', include = 'include'): string {
  return (
    `MCTOI = sh ${join(fixturesDir, 'make/fake-mmc.sh')}\n` +
    'ALL_GRADEFLAGS =\n' +
    'ALL_MCTOIFLAGS =\n' +
    extra +
    `${include} build/importgraph/importgraph.ninja\n`
  );
}

async function setUp(t: any, sccArgs: string[] = [], extra = '', include = 'include') {
  const dir = temporaryDirectory();
  const scc = await runCli(['scc', '--render', 'none', ...sccArgs, '--out-dir', 'build/importgraph', library], dir);
  t.is(scc.exitCode, 0, scc.stderr);
  const order = parseOrderFile(readFileSync(join(dir, 'build/importgraph/importgraph.trans_opt_order'), 'utf8'));
  for (const module of order.keys()) writeFileSync(join(dir, `${module}.m`), `:- module ${module}.\n`);
  writeFileSync(join(dir, 'build.ninja'), buildNinja(extra, include));
  const log = join(dir, 'build.log');
  writeFileSync(log, '');
  return { dir, order, log };
}

async function ninja(t: any, bin: Ninja, dir: string, log: string, args: string[], env: Record<string, string> = {}) {
  const run = await execa(bin.path, args, { cwd: dir, env: { FAKE_MMC_LOG: log, FAKE_MMC_SLEEP: '0.02', ...env }, reject: false });
  t.is(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);
  return run;
}

/** Modules that read `module`'s .trans_opt, directly or through others: what a change to it must rebuild. */
function dependentsOf(order: Map<string, string[]>, module: string): Set<string> {
  const readers = new Map<string, string[]>();
  for (const [m, sources] of order) for (const s of sources) readers.set(s, [...(readers.get(s) ?? []), m]);
  const seen = new Set([module]);
  const stack = [module];
  while (stack.length > 0) for (const r of readers.get(stack.pop()!) ?? []) if (!seen.has(r)) seen.add(r), stack.push(r);
  return seen;
}

for (const bin of [systemNinja, runtimeNinja]) {
  const ninjaTest = bin.version === undefined ? test.skip : test;
  if (bin.version === undefined) console.log(`${bin.name} is not installed: its Ninja build tests are skipped`);
  const title = (what: string) => `${bin.name} ${bin.version ?? ''}: ${what}`;

  ninjaTest(title('-j8 trans_opts builds the library once, bottom-up, in parallel; a second run does nothing'), async (t) => {
    const { dir, order, log } = await setUp(t);
    await ninja(t, bin, dir, log, ['-j8', 'trans_opts']);
    const runs = readBuildLog(readFileSync(log, 'utf8'));
    t.deepEqual([...runs.keys()].sort(), [...order.keys()].sort(), 'every module is built');
    for (const [module, list] of runs) t.is(list.length, 1, `${module} is built once`);
    for (const [module, sources] of order) {
      for (const source of sources) t.true(runs.get(source)![0].end <= runs.get(module)![0].start, `${module} started before ${source} ended`);
    }
    t.true(maxConcurrency(runs) >= 2, 'ninja ran two modules at once');
    const before = readFileSync(log, 'utf8');
    const again = await ninja(t, bin, dir, log, ['-j8', 'trans_opts']);
    t.regex(String(again.stdout), /no work to do/);
    t.is(readFileSync(log, 'utf8'), before, 'nothing rebuilt');
  });

  ninjaTest(title('touching one .m rebuilds exactly the modules that read its .trans_opt, directly or not'), async (t) => {
    const { dir, order, log } = await setUp(t);
    await ninja(t, bin, dir, log, ['-j8', 'trans_opts']);
    for (const module of ['int', 'list', 'string']) {
      writeFileSync(log, '');
      const later = new Date(Date.now() + 2000);
      utimesSync(join(dir, `${module}.m`), later, later);
      await ninja(t, bin, dir, log, ['-j8', 'trans_opts']);
      const rebuilt = new Set(readBuildLog(readFileSync(log, 'utf8')).keys());
      t.deepEqual([...rebuilt].sort(), [...dependentsOf(order, module)].sort(), module);
    }
  });

  ninjaTest(title('a compiler that leaves the .trans_opt unchanged stops the rebuild there (restat)'), async (t) => {
    const { dir, log } = await setUp(t);
    await ninja(t, bin, dir, log, ['-j8', 'trans_opts']);
    writeFileSync(log, '');
    const later = new Date(Date.now() + 2000);
    utimesSync(join(dir, 'list.m'), later, later);
    await ninja(t, bin, dir, log, ['-j8', 'trans_opts'], { FAKE_MMC_KEEP: '1' });
    t.deepEqual([...readBuildLog(readFileSync(log, 'utf8')).keys()], ['list']);
  });

  ninjaTest(title('with --use-subdirs, subninja and a pool of one, every module is built under Mercury/, one at a time'), async (t) => {
    const { dir, order, log } = await setUp(t, ['--use-subdirs'], 'pool one\n  depth = 1\nimportgraph_pool = one\n', 'subninja');
    await ninja(t, bin, dir, log, ['-j8', 'trans_opts'], { FAKE_MMC_SLEEP: '0' });
    const runs = readBuildLog(readFileSync(log, 'utf8'));
    t.is(runs.size, order.size);
    t.is(maxConcurrency(runs), 1);
    t.is(readFileSync(join(dir, 'Mercury/trans_opts/int.trans_opt'), 'utf8'), 'int\n');
  });

  ninjaTest(title('a missing .m stops Ninja with its name before anything is built'), async (t) => {
    const { dir, log } = await setUp(t);
    rmSync(join(dir, 'list.m'));
    const run = await execa(bin.path, ['-j8', 'trans_opts'], { cwd: dir, env: { FAKE_MMC_LOG: log }, reject: false });
    t.is(run.exitCode, 1);
    t.regex(String(run.stdout) + String(run.stderr), /'list\.m', needed by 'list\.trans_opt(_date)?', missing and no known rule to make it/);
    t.is(readFileSync(log, 'utf8'), '');
  });

  const criticalTest = bin.version !== undefined && schedulesCriticalPath(bin) ? test : test.skip;
  criticalTest(title('Ninja ≥ 1.12 starts, of the ready modules, one with the longest chain of dependents (the .dep priority)'), async (t) => {
    const { dir, order, log } = await setUp(t);
    await ninja(t, bin, dir, log, ['-j1', 'trans_opts'], { FAKE_MMC_SLEEP: '0' });
    const chain = chainAbove(order);
    const done = new Set<string>();
    for (const module of startOrder(readFileSync(log, 'utf8'))) {
      const ready = [...order].filter(([m, sources]) => !done.has(m) && sources.every((s) => done.has(s))).map(([m]) => m);
      const best = Math.max(...ready.map((m) => chain.get(m)!));
      t.is(chain.get(module), best, `${module} started before a ready module with a longer chain`);
      done.add(module);
    }
  });
}

/** Per module: itself plus the longest chain of modules that read it, one after another (unit costs: make-priority's remaining work). */
function chainAbove(order: Map<string, string[]>): Map<string, number> {
  const memo = new Map<string, number>();
  const readers = new Map<string, string[]>();
  for (const [m, sources] of order) for (const s of sources) readers.set(s, [...(readers.get(s) ?? []), m]);
  // Top-down file order: every reader of a module comes before it.
  for (const m of order.keys()) memo.set(m, 1 + Math.max(0, ...(readers.get(m) ?? []).map((r) => memo.get(r)!)));
  return memo;
}
