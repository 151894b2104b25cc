// A module name from input must never run a command or mislead make: each hostile name is refused where it is written, or built by real GNU make exactly.
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCEPTED, REFUSED, firstRefusedCharacter, quotedAtom, type HostileName } from '../helpers/hostile-module-names.js';
import { fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const hasMake = (await execa('make', ['--version'], { reject: false })).exitCode === 0;
const makeTest = hasMake ? test : test.skip;
if (!hasMake) console.log('GNU make is not installed: the make builds of valid unusual names are skipped');

/** Every path under `dir`, so a stray PWNED file is found wherever an injected command put it. */
function allPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}

function noInjectedCommandRan(t: ExecutionContext, dir: string): void {
  t.deepEqual(
    allPaths(dir).filter((p) => p.includes('PWNED')),
    [],
  );
}

/** The located error a refused name must give at file:line:column, naming the character when one is at fault. */
function expectRefusal(t: ExecutionContext, stderr: string, where: string, name: string, what: string): void {
  const line = stderr.split('\n').find((l) => l.startsWith(`${where}: module name `));
  if (line === undefined) {
    t.fail(`${what}: no error at ${where}`);
    return;
  }
  const bad = firstRefusedCharacter(name);
  if (bad !== undefined) t.true(line.includes(`(${bad}) is not a letter, digit or _`), `${what}: ${line}`);
  else t.regex(line, /empty component|bytes long in UTF-8/, what);
}

// An atom is pointed at when it holds the fault; a name too long as a whole is pointed at from its start.
function atomHoldsFault(name: string): boolean {
  return firstRefusedCharacter(name) !== undefined || /^\.|\.$|\.\./.test(name);
}

// One directory per form, one file per name and place: a run reports every file's problem, so each name is checked in a few runs.
test('every hostile name is refused in .import_info files, where it is written (defining, imported, qualified), before anything is written', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'base.import_info'), 'module_imports(base, []).\n');
  REFUSED.forEach(({ name }, i) => {
    const q = quotedAtom(name);
    writeFileSync(join(dir, `defines${i}.import_info`), `module_imports(${q}, [module_imports_from(base, [])]).\n`);
    writeFileSync(join(dir, `imports${i}.import_info`), `module_imports(importer${i}, [\n    module_imports_from(${q}, [])\n]).\n`);
    writeFileSync(join(dir, `qualified${i}.import_info`), `module_imports(qualified${i}, [\n    module_imports_from(pkg.${q}, [])\n]).\n`);
  });
  const run = await runCli(['scc', '--max-errors', '1000', '--out-dir', 'out', '*.import_info'], dir);
  t.is(run.exitCode, 3, run.stderr);
  REFUSED.forEach(({ what, name }, i) => {
    expectRefusal(t, run.stderr, `defines${i}.import_info:1:16`, name, what);
    expectRefusal(t, run.stderr, `imports${i}.import_info:2:25`, name, what);
    expectRefusal(t, run.stderr, `qualified${i}.import_info:2:${atomHoldsFault(name) ? 29 : 25}`, name, what);
  });
  t.false(existsSync(join(dir, 'out')), 'nothing is written');
  noInjectedCommandRan(t, dir);
});

test('every hostile name is refused in .m files (`:- module`, `:- import_module`, `:- include_module`) by scc and scan, before anything is written', async (t) => {
  const dir = temporaryDirectory();
  // In parentheses: some names (`*`, `-rf`) are operators, which Mercury reads as names only so.
  REFUSED.forEach(({ name }, i) => {
    const q = `(${quotedAtom(name)})`;
    writeFileSync(join(dir, `defines${i}.m`), `:- module ${q}.\n`);
    writeFileSync(join(dir, `imports${i}.m`), `:- module imports${i}.\n:- import_module ${q}.\n`);
    writeFileSync(join(dir, `includes${i}.m`), `:- module includes${i}.\n:- include_module ${q}.\n`);
  });
  for (const command of ['scc', 'scan']) {
    const run = await runCli([command, '--out-dir', 'out', '*.m'], dir);
    t.is(run.exitCode, 3, run.stderr);
    REFUSED.forEach(({ what, name }, i) => {
      expectRefusal(t, run.stderr, `defines${i}.m:1:12`, name, what);
      expectRefusal(t, run.stderr, `imports${i}.m:2:19`, name, what);
      expectRefusal(t, run.stderr, `includes${i}.m:2:20`, name, what);
    });
  }
  t.false(existsSync(join(dir, 'out')), 'nothing is written');
  noInjectedCommandRan(t, dir);
});

const MAKEFILE =
  `MCTOI = sh ${join(fixturesDir, 'make/fake-mmc.sh')}\n` + `include ${join(projectRoot, 'make/importgraph.mk')}\n` + 'include build/importgraph/importgraph.dep\n';

// base <- NAME <- top: make must build exactly these three, bottom-up, with the name passed to the compiler intact.
async function buildsExactly(t: ExecutionContext, dir: string, name: string): Promise<void> {
  writeFileSync(join(dir, 'Makefile'), MAKEFILE);
  const log = join(dir, 'build.log');
  writeFileSync(log, '');
  const env = { FAKE_MMC_LOG: log, FAKE_MMC_SLEEP: '0.01' };
  const dry = await execa('make', ['-n', 'trans_opts'], { cwd: dir, env, reject: false });
  t.is(dry.exitCode, 0, dry.stderr);
  t.is(dry.stdout.split('\n').filter((l) => l.includes('fake-mmc.sh')).length, 3, dry.stdout);
  t.is(readFileSync(log, 'utf8'), '', 'make -n runs nothing');
  const make = await execa('make', ['-j4', 'trans_opts'], { cwd: dir, env, reject: false });
  t.is(make.exitCode, 0, make.stderr);
  const events = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ').slice(0, 2).join(' '));
  t.deepEqual(events, ['start base', 'end base', `start ${name}`, `end ${name}`, 'start top', 'end top']);
  t.is(readFileSync(join(dir, `${name}.trans_opt`), 'utf8'), `${name}\n`);
  noInjectedCommandRan(t, dir);
}

const builtExactly = test.macro({
  async exec(t, { name }: HostileName, from: 'import_info' | 'm') {
    const dir = temporaryDirectory();
    const q = quotedAtom(name);
    if (from === 'import_info') {
      mkdirSync(join(dir, 'info'));
      writeFileSync(join(dir, 'info/base.import_info'), 'module_imports(base, []).\n');
      writeFileSync(join(dir, 'info/h.import_info'), `module_imports(${q}, [module_imports_from(base, [])]).\n`);
      writeFileSync(join(dir, 'info/top.import_info'), `module_imports(top, [module_imports_from(${q}, [])]).\n`);
    }
    writeFileSync(join(dir, 'base.m'), ':- module base.\n');
    writeFileSync(join(dir, `${name}.m`), `:- module ${q}.\n:- import_module base.\n`);
    writeFileSync(join(dir, 'top.m'), `:- module top.\n:- import_module ${q}.\n`);
    const inputs = from === 'import_info' ? ['info/*.import_info'] : ['base.m', `${name}.m`, 'top.m'];
    const scc = await runCli(['scc', '--render', 'none', '--out-dir', 'build/importgraph', ...inputs], dir);
    t.is(scc.exitCode, 0, scc.stderr);
    await buildsExactly(t, dir, name);
  },
  title: (_, { what }: HostileName, from: string) => `a valid module name with ${what}, read from .${from}, is built by make -j4 exactly`,
});

for (const valid of ACCEPTED) {
  makeTest(builtExactly, valid, 'import_info');
  makeTest(builtExactly, valid, 'm');
}

test('--main takes a module name, not a path: `--main ../X` is a usage error and nothing is written anywhere', async (t) => {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'work'));
  writeFileSync(join(dir, 'work/base.import_info'), 'module_imports(base, []).\n');
  for (const main of ['../X', 'a/b', '$(touch PWNED)', 'x y']) {
    const run = await runCli(['scc', '--main', main, '--out-dir', 'out', 'base.import_info'], join(dir, 'work'));
    t.is(run.exitCode, 2, run.stderr);
    t.true(run.stderr.includes('--main takes a module name, not '), run.stderr);
  }
  t.deepEqual(allPaths(dir).sort(), ['work', join('work', 'base.import_info')]);
});

test('names in --weights and --trans-opt-deps-spec files are only looked up: none reaches an output file', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'base.import_info'), 'module_imports(base, []).\n');
  writeFileSync(join(dir, 'top.import_info'), 'module_imports(top, [module_imports_from(base, [])]).\n');
  writeFileSync(join(dir, 'weights.tsv'), 'module\tcost\nbase\t2\n$(touch PWNED)\t5\na b\t3\n');
  writeFileSync(join(dir, 'spec'), "module_allow_deps('$(touch PWNED)', [base]).\nmodule_allow_deps(top, [base, 'x`touch PWNED`']).\n");
  const run = await runCli(
    ['scc', '--render', 'none', '--main', 'top', '--weights', 'weights.tsv', '--trans-opt-deps-spec', 'spec', '--out-dir', 'out', '*.import_info'],
    dir,
  );
  t.is(run.exitCode, 0, run.stderr);
  t.regex(run.stderr, /does not occur in the dependency graph/);
  for (const file of readdirSync(join(dir, 'out'))) {
    const text = readFileSync(join(dir, 'out', file), 'utf8');
    t.false(/PWNED|a b/.test(text), file);
  }
  noInjectedCommandRan(t, dir);
});
