// The whole point: real GNU make -j8 builds every .trans_opt bottom-up from importgraph's rules, in parallel.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { maxConcurrency, readBuildLog } from '../helpers/build-log.js';
import { parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const hasMake = (await execa('make', ['--version'], { reject: false })).exitCode === 0;
const makeTest = hasMake ? test : test.skip;
if (!hasMake) console.log('GNU make is not installed: the make -j8 build tests are skipped');

interface BuildOptions {
  /** Extra arguments to `importgraph scc` (e.g. `--use-subdirs`). */
  sccArgs?: string[];
  /** Makefile lines before the includes (e.g. Mmake's subdir variables). */
  makefileLines?: string[];
  /** Modules whose `.m` file is not written, or all of them. */
  withoutSources?: string[] | 'all';
  /** The make exit code the test expects (default 0). */
  makeExit?: number;
}

// Sets up a build directory the way the README says: a Makefile of two includes (and the stand-in compiler).
async function buildWithMake(t: any, inputGlob: string, sleep: string, options: BuildOptions = {}) {
  const dir = temporaryDirectory();
  const scc = await runCli(['scc', ...(options.sccArgs ?? []), '--out-dir', 'build/importgraph', join(examplesDir, inputGlob)], dir);
  t.is(scc.exitCode, 0, scc.stderr);
  const order = parseOrderFile(readFileSync(join(dir, 'build/importgraph/importgraph.trans_opt_order'), 'utf8'));
  for (const module of order.keys()) {
    if (options.withoutSources !== 'all' && !options.withoutSources?.includes(module)) writeFileSync(join(dir, `${module}.m`), `:- module ${module}.\n`);
  }
  writeFileSync(
    join(dir, 'Makefile'),
    `MCTOI = sh ${join(fixturesDir, 'make/fake-mmc.sh')}\n` +
      (options.makefileLines ?? []).map((l) => `${l}\n`).join('') +
      `include ${join(projectRoot, 'make/importgraph.mk')}\n` +
      'include build/importgraph/importgraph.dep\n',
  );
  const log = join(dir, 'build.log');
  writeFileSync(log, '');
  const env = { FAKE_MMC_LOG: log, FAKE_MMC_SLEEP: sleep };
  const make = await execa('make', ['-j8', 'trans_opts'], { cwd: dir, env, reject: false });
  t.is(make.exitCode, options.makeExit ?? 0, make.stderr);
  return { dir, order, log, env, make, runs: readBuildLog(readFileSync(log, 'utf8')) };
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

const buildsEverything = test.macro(async (t, options: BuildOptions) => {
  const { dir, order, runs } = await buildWithMake(t, 'calculator/*.import_info', '0.01', options);
  t.deepEqual([...runs.keys()].sort(), [...order.keys()].sort(), 'every module is built');
  const subdirs = options.sccArgs?.includes('--use-subdirs') ?? false;
  for (const module of order.keys()) {
    t.true(existsSync(join(dir, subdirs ? `Mercury/trans_opts/${module}.trans_opt` : `${module}.trans_opt`)), module);
    t.true(existsSync(join(dir, subdirs ? `Mercury/trans_opt_dates/${module}.trans_opt_date` : `${module}.trans_opt_date`)), module);
  }
});

makeTest('with --use-subdirs the README Makefile as written builds every module under Mercury/', buildsEverything, { sccArgs: ['--use-subdirs'] });
makeTest('with --use-subdirs and Mmake\'s subdir variables (trailing slash) every module is built', buildsEverything, {
  sccArgs: ['--use-subdirs'],
  makefileLines: ['trans_opt_dates_subdir = Mercury/trans_opt_dates/', 'trans_opts_subdir = Mercury/trans_opts/'],
});
makeTest('with --use-subdirs and Mmake\'s subdir variables (no trailing slash) every module is built', buildsEverything, {
  sccArgs: ['--use-subdirs'],
  makefileLines: ['trans_opt_dates_subdir = Mercury/trans_opt_dates', 'trans_opts_subdir = Mercury/trans_opts'],
});

makeTest('a missing .m file stops make with its name, and nothing that reads its .trans_opt is built', async (t) => {
  const { order, runs, make } = await buildWithMake(t, 'calculator/*.import_info', '0.01', { withoutSources: ['calc.lexer'], makeExit: 2 });
  t.regex(make.stderr, /No rule to make target 'calc\.lexer\.m', needed by 'calc\.lexer\.trans_opt_date'/);
  t.false(runs.has('calc.lexer'));
  const readers = [...order].filter(([, sources]) => sources.includes('calc.lexer')).map(([m]) => m);
  t.true(readers.length > 0);
  for (const reader of readers) t.false(runs.has(reader), `${reader} reads calc.lexer's .trans_opt`);
});

makeTest('without any .m file make fails instead of reporting success having built nothing', async (t) => {
  const { runs, make } = await buildWithMake(t, 'calculator/*.import_info', '0.01', { withoutSources: 'all', makeExit: 2 });
  t.regex(make.stderr, /No rule to make target '[^']+\.m'/);
  t.is(runs.size, 0);
});

makeTest('importgraph.dep included without importgraph.mk makes make say so', async (t) => {
  const dir = temporaryDirectory();
  const scc = await runCli(['scc', '--render', 'none', '--out-dir', 'build/importgraph', join(examplesDir, 'calculator/*.import_info')], dir);
  t.is(scc.exitCode, 0, scc.stderr);
  writeFileSync(join(dir, 'Makefile'), 'include build/importgraph/importgraph.dep\n');
  const make = await execa('make', ['trans_opts'], { cwd: dir, reject: false });
  t.is(make.exitCode, 2);
  t.regex(make.stderr, /importgraph\.dep:\d+: \*\*\* importgraph\.dep needs importgraph\.mk: include importgraph's make\/importgraph\.mk before importgraph\.dep\./);
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

makeTest('importgraph.mk with no current importgraph.dep (none, or one from an older importgraph) fails instead of building nothing', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'a.m'), ':- module a.\n');
  writeFileSync(join(dir, 'b.m'), ':- module b.\n');
  // The format importgraph wrote before its rules had recipes: rules without recipes, which make "builds" by doing nothing.
  writeFileSync(join(dir, 'old.dep'), 'a.trans_opt_date : \\\n\t\tb.trans_opt\n\nb.trans_opt_date :\n\n.PHONY : trans_opts\ntrans_opts : \\\n\t\tb.trans_opt \\\n\t\ta.trans_opt\n');
  // With .trans_opt files left from an earlier build, such rules let make report success at once.
  writeFileSync(join(dir, 'a.trans_opt'), '');
  writeFileSync(join(dir, 'b.trans_opt'), '');
  const mk = `include ${join(projectRoot, 'make/importgraph.mk')}\n`;
  writeFileSync(join(dir, 'Makefile.none'), mk);
  writeFileSync(join(dir, 'Makefile.old'), `${mk}include old.dep\n`);
  for (const makefile of ['Makefile.none', 'Makefile.old']) {
    const make = await execa('make', ['-f', makefile, 'trans_opts'], { cwd: dir, reject: false });
    t.is(make.exitCode, 2, makefile);
    t.regex(make.stderr, /no importgraph\.dep of this version was included after it; run importgraph scc again/, makefile);
  }
});
