// Meeting mmc where it is: the team's spec honoured, mmc's own files emitted, and sources read directly, all from the command line.
import test from 'ava';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closurePairs, parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const library = join(examplesDir, 'mercury-library');
const inputs = join(library, 'import_info/*.import_info');
const teamSpec = join(library, 'mer_std.trans_opt_deps_spec');

function closureOf(dir: string): string[] {
  return [...closurePairs(parseOrderFile(readFileSync(join(dir, 'importgraph.trans_opt_order'), 'utf8')))].sort();
}

function referencePairs(name: string): string[] {
  return [...new Set(readFileSync(join(fixturesDir, 'mercury-library/reference', name), 'utf8').split('\n').filter((l) => l !== ''))].sort();
}

test('with the team spec, the order means what mmc --trans-opt-deps-spec means (4,138 pairs, critical path 15)', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--trans-opt-deps-spec', teamSpec, '--out-dir', 'out', inputs], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.regex(run.stderr, /critical path: 15 modules/);
  const ours = closureOf(join(dir, 'out'));
  t.is(ours.length, 4138);
  t.deepEqual(ours, referencePairs('trans_opt_deps.spec.tsv'));
});

test('a spec with errors is ignored with mmc\'s message, and the default order is used', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'bad.spec'), 'module_allow_deps(list, [int).\n');
  const run = await runCli(['scc', '--trans-opt-deps-spec', 'bad.spec', '--out-dir', 'out', inputs], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.regex(run.stderr, /bad\.spec:1:\d+: /);
  t.regex(run.stderr, /Ignoring bad\.spec due to the presence of errors\./);
  t.deepEqual(closureOf(join(dir, 'out')), referencePairs('trans_opt_deps.default.tsv'));
});

test('--main writes mmc\'s module_order_for_trans_opt byte for byte', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--main', 'mer_std', '--out-dir', 'out', inputs], dir);
  t.is(run.exitCode, 0, run.stderr);
  const reference = readFileSync(join(fixturesDir, 'mercury-library/reference/module_order_for_trans_opt.default.txt'), 'utf8');
  t.is(readFileSync(join(dir, 'out/mer_std.module_order_for_trans_opt'), 'utf8'), reference);
  t.true(readFileSync(join(dir, 'out/mer_std.module_order'), 'utf8').includes('\n\n'));
});

const specRoundTrip = test.macro(async (t, orderArgs: string[]) => {
  const dir = temporaryDirectory();
  const first = await runCli(['scc', ...orderArgs, '--main', 'mer_std', '--out-dir', 'first', inputs], dir);
  t.is(first.exitCode, 0, first.stderr);
  const again = await runCli(['scc', '--trans-opt-deps-spec', 'first/importgraph.trans_opt_deps_spec', '--out-dir', 'again', inputs], dir);
  t.is(again.exitCode, 0, again.stderr);
  t.notRegex(again.stderr, /Ignoring|warning/i);
  t.deepEqual(closureOf(join(dir, 'again')), closureOf(join(dir, 'first')));
});

test('the emitted spec makes mmc build in the default order', specRoundTrip, []);
test('the emitted spec makes mmc build in the order of the team spec', specRoundTrip, ['--trans-opt-deps-spec', teamSpec]);
test('the emitted spec makes mmc build in the automatic order', specRoundTrip, ['--order', 'auto', '--weights', join(library, 'weights.tsv')]);

test('scan writes .import_info files that give the same build as reading the sources directly', async (t) => {
  const dir = temporaryDirectory();
  const sources = join(fixturesDir, 'mercury-source/*.m');
  const scan = await runCli(['scan', '--out-dir', 'infos', sources], dir);
  t.is(scan.exitCode, 0, scan.stderr);
  const written = readdirSync(join(dir, 'infos')).sort();
  t.true(written.includes('calc.import_info'));
  t.true(written.includes('calc.lexer.import_info'));
  const fromInfos = await runCli(['scc', '--out-dir', 'a', 'infos/*.import_info'], dir);
  const fromSources = await runCli(['scc', '--out-dir', 'b', sources], dir);
  t.is(fromInfos.exitCode, 0, fromInfos.stderr);
  t.is(fromSources.exitCode, 0, fromSources.stderr);
  t.is(readFileSync(join(dir, 'a/importgraph.trans_opt_order'), 'utf8'), readFileSync(join(dir, 'b/importgraph.trans_opt_order'), 'utf8'));
  const calc = readFileSync(join(dir, 'infos/calc.import_info'), 'utf8');
  for (const m of ['io', 'list', 'string', 'map', 'char', 'int', 'builtin', 'private_builtin']) t.true(calc.includes(`module_imports_from(${m},`), m);
  for (const m of ['commented_out', 'block_commented', 'also_not', 'in_a_string']) t.false(calc.includes(m), m);
});

function rulePairs(text: string): string[] {
  const pairs: string[] = [];
  for (const block of text.split('# RULE trans_opt_deps\n').filter((b) => b !== '')) {
    const [head, ...rest] = block.trim().split(' \\\n');
    const target = head.replace(/\.trans_opt_date :$/, '').replace(/ :$/, '').replace(/\.trans_opt_date$/, '');
    for (const line of rest) pairs.push(`${target}\t${line.trim().replace(/\.trans_opt$/, '')}`);
  }
  return pairs.sort();
}

test('--main writes mmc\'s `# RULE trans_opt_deps` blocks with the full lists mmc would write, with and without the team spec', async (t) => {
  const dir = temporaryDirectory();
  t.is((await runCli(['scc', '--main', 'mer_std', '--render', 'none', '--out-dir', 'a', inputs], dir)).exitCode, 0);
  const plain = readFileSync(join(dir, 'a/mer_std.trans_opt_deps'), 'utf8');
  t.true(plain.startsWith('# RULE trans_opt_deps\narray.trans_opt_date : \\\n\t\tassoc_list.trans_opt \\\n'));
  t.deepEqual(rulePairs(plain), referencePairs('trans_opt_deps.default.tsv'));
  const spec = ['scc', '--main', 'mer_std', '--render', 'none', '--trans-opt-deps-spec', teamSpec, '--out-dir', 'b', inputs];
  t.is((await runCli(spec, dir)).exitCode, 0);
  t.deepEqual(rulePairs(readFileSync(join(dir, 'b/mer_std.trans_opt_deps'), 'utf8')), referencePairs('trans_opt_deps.spec.tsv'));
});
