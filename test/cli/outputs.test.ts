// What lands in --out-dir, and what a bad --out-dir or an empty input list does: a clear error and nothing written.
import test from 'ava';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const calculator = join(examplesDir, 'calculator', '*.import_info');
const sources = join(fixturesDir, 'mercury-source');

// Names, bytes and timestamps: "untouched" means all three.
function snapshot(dir: string): Array<[string, string, number]> {
  return readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs]);
}

test('--out-dir naming a regular file is exit 5 naming it, for scc and scan, and the file is untouched', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'out'), 'a file\n');
  for (const args of [['scc', '--render', 'none', '--out-dir', 'out', calculator], ['scan', '--out-dir', 'out', join(sources, '**/*.m')]]) {
    const run = await runCli(args, dir);
    t.is(run.exitCode, 5, run.stderr);
    t.is(run.stderr, `importgraph: cannot write to ${join(dir, 'out')}: it is a file, not a directory`);
  }
  t.is(readFileSync(join(dir, 'out'), 'utf8'), 'a file\n');
});

test("--out-dir '' is a usage error, exit 2, and nothing is written", async (t) => {
  const dir = temporaryDirectory();
  for (const command of ['scc', 'scan']) {
    const run = await runCli([command, '--out-dir', '', command === 'scc' ? calculator : join(sources, '**/*.m')], dir);
    t.is(run.exitCode, 2, run.stderr);
    t.regex(run.stderr, /--out-dir is empty/);
  }
  t.deepEqual(readdirSync(dir), []);
});

test('an @FILE of only blank and comment lines is exit 2 "no inputs" for scc, plan and scan, and the previous outputs stay untouched', async (t) => {
  const dir = temporaryDirectory();
  t.is((await runCli(['scc', '--out-dir', 'out', calculator], dir)).exitCode, 0);
  mkdirSync(join(dir, 'infos'));
  writeFileSync(join(dir, 'infos', 'kept.import_info'), 'module_imports(kept, []).\n');
  const [out, infos] = [snapshot(join(dir, 'out')), snapshot(join(dir, 'infos'))];
  writeFileSync(join(dir, 'list.txt'), '\n# nothing here yet\n   \n');
  for (const args of [['scc', '--out-dir', 'out', '@list.txt'], ['plan', '@list.txt'], ['scan', '--out-dir', 'infos', '@list.txt']]) {
    const run = await runCli(args, dir);
    t.is(run.exitCode, 2, `${args[0]}: ${run.stderr}`);
    t.is(run.stderr, 'importgraph: no inputs: @list.txt names no module; give .import_info or .m files, quoted globs or @FILE');
  }
  t.deepEqual(snapshot(join(dir, 'out')), out);
  t.deepEqual(snapshot(join(dir, 'infos')), infos);
});

test('a default run removes the importgraph.given_up of an earlier --order auto run, and the old writer\'s temporary files', async (t) => {
  const dir = temporaryDirectory();
  t.is((await runCli(['scc', '--order', 'auto', '--render', 'none', '--out-dir', 'out', calculator], dir)).exitCode, 0);
  t.true(existsSync(join(dir, 'out', 'importgraph.given_up')));
  writeFileSync(join(dir, 'out', 'importgraph.dep.31337.4.tmp'), 'half a file');
  writeFileSync(join(dir, 'out', 'imports_calc.errors.svg.31337.9.tmp'), '<svg');
  const run = await runCli(['scc', '--render', 'none', '--out-dir', 'out', calculator], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.deepEqual(readdirSync(join(dir, 'out')).sort(), [
    'importgraph.cuts',
    'importgraph.dep',
    'importgraph.index',
    'importgraph.json',
    'importgraph.ninja',
    'importgraph.trans_opt_order',
    'imports_calc.errors.dot',
    'imports_calc.errors.js',
    'imports_calc.history.dot',
    'imports_calc.history.js',
    'index.html',
    'overview.dot',
    'viewer_modules_0.js',
    'viewer_timeline.svg',
  ]);
});

test('scan writes through the same staging: a rerun leaves unchanged files untouched and nothing temporary behind', async (t) => {
  const dir = temporaryDirectory();
  cpSync(sources, join(dir, 'src'), { recursive: true });
  const first = await runCli(['scan', '--out-dir', 'infos', 'src/**/*.m'], dir);
  t.is(first.exitCode, 0, first.stderr);
  const before = snapshot(join(dir, 'infos'));
  t.true(before.length > 0 && before.every(([name]) => name.endsWith('.import_info')));
  const again = await runCli(['scan', '--out-dir', 'infos', 'src/**/*.m'], dir);
  t.regex(again.stderr, new RegExp(`files: 0 written, ${before.length} unchanged`));
  t.deepEqual(snapshot(join(dir, 'infos')), before);
});
