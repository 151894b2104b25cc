// What a user sees at the command line: help, version, the summary, exit codes, and no output at all after bad input.
import test from 'ava';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const calculator = join(examplesDir, 'calculator');

test('--help lists the scc command, its options and the exit codes', async (t) => {
  const run = await runCli(['--help'], projectRoot);
  t.is(run.exitCode, 0);
  for (const word of ['importgraph scc', '--out-dir', '@FILE', 'Exit codes']) t.true(run.stdout.includes(word), word);
});

test('--version prints the package version', async (t) => {
  const run = await runCli(['--version'], projectRoot);
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  t.is(run.stdout.trim(), version);
});

test('an unknown option is a usage error, exit 2', async (t) => {
  const run = await runCli(['scc', '--no-such-option', 'x.import_info'], projectRoot);
  t.is(run.exitCode, 2);
  t.regex(run.stderr, /no-such-option/);
});

test('a glob that matches nothing is exit 4 and names the glob', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--out-dir', 'out', 'nothing/*.import_info'], dir);
  t.is(run.exitCode, 4);
  t.regex(run.stderr, /nothing\/\*\.import_info/);
  t.false(existsSync(join(dir, 'out')));
});

test('malformed inputs are all reported as file:line:column, exit 3, and nothing is written or changed', async (t) => {
  const dir = temporaryDirectory();
  cpSync(calculator, join(dir, 'in'), { recursive: true });
  const first = await runCli(['scc', '--out-dir', 'out', 'in/*.import_info'], dir);
  t.is(first.exitCode, 0, first.stderr);
  const before = readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]);
  writeFileSync(join(dir, 'in', 'calc.help.import_info'), 'module_imports(calc.help, [module_imports_from(io, [imported_preds([write/])])]).\n');
  writeFileSync(join(dir, 'in', 'calc.units.import_info'), 'module_imports(calc.units, [\n  module_imports_from(io, oops)\n]).\n');
  const run = await runCli(['scc', '--out-dir', 'out', 'in/*.import_info'], dir);
  t.is(run.exitCode, 3);
  t.regex(run.stderr, /in\/calc\.help\.import_info:1:\d+: expected .*, found /);
  t.regex(run.stderr, /in\/calc\.units\.import_info:2:\d+: expected /);
  t.regex(run.stderr, /nothing was written/);
  const after = readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]);
  t.deepEqual(after, before);
});

test('two files that define the same module are an error naming both', async (t) => {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.import_info'), 'module_imports(m, []).\n');
  writeFileSync(join(dir, 'in', 'b.import_info'), 'module_imports(m, []).\n');
  const run = await runCli(['scc', '--out-dir', 'out', 'in/*.import_info'], dir);
  t.is(run.exitCode, 3);
  t.regex(run.stderr, /a\.import_info/);
  t.regex(run.stderr, /b\.import_info/);
});

test('inputs can come from an @file list, and give the same output as a glob', async (t) => {
  const dir = temporaryDirectory();
  const files = readdirSync(calculator).filter((f) => f.endsWith('.import_info')).map((f) => join(calculator, f));
  writeFileSync(join(dir, 'list.txt'), files.reverse().join('\n') + '\n');
  const fromList = await runCli(['scc', '--out-dir', 'a', '@list.txt'], dir);
  const fromGlob = await runCli(['scc', '--out-dir', 'b', join(calculator, '*.import_info')], dir);
  t.is(fromList.exitCode, 0, fromList.stderr);
  t.is(fromGlob.exitCode, 0, fromGlob.stderr);
  for (const f of readdirSync(join(dir, 'a'))) t.is(readFileSync(join(dir, 'a', f), 'utf8'), readFileSync(join(dir, 'b', f), 'utf8'), f);
});

test('the summary gives modules, SCCs, largest SCC, order edges, critical path and files', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--render', 'none', '--out-dir', 'out', join(calculator, '*.import_info')], dir);
  t.regex(run.stderr, /modules: 11 \(18 imports; 7 imported modules outside this build\)/);
  t.regex(run.stderr, /SCCs: 6, 2 with two or more modules; largest: 5 \(calc\.errors\)/);
  t.regex(run.stderr, /order: \d+ edges after transitive reduction; critical path: 8 modules/);
  t.regex(run.stderr, /files: 14 written, 0 unchanged/);
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
  const quiet = await runCli(['scc', '--quiet', '--out-dir', 'out', join(calculator, '*.import_info')], dir);
  t.is(quiet.stderr, '');
});

test('the index maps each module to its SCC file, - when alone', async (t) => {
  const dir = temporaryDirectory();
  await runCli(['scc', '--out-dir', 'out', join(calculator, '*.import_info')], dir);
  const index = readFileSync(join(dir, 'out', 'importgraph.index'), 'utf8');
  t.true(index.includes('calc.parser\timports_calc.errors.dot\n'));
  t.true(index.includes('calc.repl\timports_calc.history.dot\n'));
  t.true(index.includes('calc\t-\n'));
});

test('the same input gives the same bytes in every output file, pictures and viewer included', async (t) => {
  const dir = temporaryDirectory();
  const args = (out: string) => ['scc', '--order', 'auto', '--render', 'wasm', '--main', 'calc', '--out-dir', out, join(calculator, '*.import_info')];
  t.is((await runCli(args('a'), dir)).exitCode, 0);
  t.is((await runCli(args('b'), dir)).exitCode, 0);
  const files = readdirSync(join(dir, 'a')).sort();
  t.deepEqual(readdirSync(join(dir, 'b')).sort(), files);
  t.true(files.includes('index.html') && files.includes('overview.svg'));
  for (const f of files) t.is(readFileSync(join(dir, 'a', f), 'utf8'), readFileSync(join(dir, 'b', f), 'utf8'), f);
});
