// Reading `.m` sources: a clean program says every term was read; a term that cannot be read is named with file:line:column and why, never silently.
import test from 'ava';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const everyday = join(fixturesDir, 'mercury-everyday');

/** A module with seven terms that are not Mercury, one per line from line 4, and a good import after them. */
function brokenProgram(): string {
  const dir = temporaryDirectory();
  const lines = [':- module a.', ':- interface.', ':- import_module b.', 'p(X) :- X = (1.', 'q(Y Z).', 'r :- s s.', 't( .', 'u ] .', 'v :- ) .', 'w(.', ':- import_module c.', ''];
  writeFileSync(join(dir, 'a.m'), lines.join('\n'));
  writeFileSync(join(dir, 'b.m'), ':- module b.\n');
  writeFileSync(join(dir, 'c.m'), ':- module c.\n');
  return dir;
}

const FIRST_FIVE = [
  'a.m:4:15: warning: expected `)`, found `.`; this term was skipped',
  'a.m:5:5: warning: expected `)` or `,`, found `Z`; this term was skipped',
  'a.m:6:8: warning: expected an operator or `.`, found `s`; this term was skipped',
  'a.m:7:4: warning: expected a term, found `.`; this term was skipped',
  'a.m:8:3: warning: expected an operator or `.`, found `]`; this term was skipped',
];
const LAST_TWO = ['a.m:9:6: warning: expected a term, found `)`; this term was skipped', 'a.m:10:3: warning: expected a term, found `.`; this term was skipped'];

test('scan of a program in everyday Mercury says every term was read', async (t) => {
  const run = await runCli(['scan', '--out-dir', join(temporaryDirectory(), 'out'), '*.m'], everyday);
  t.is(run.exitCode, 0, run.stderr);
  t.is(run.stderr, 'importgraph: scanned 3 modules, every term read; files: 3 written, 0 unchanged');
});

test('scan names the first five skipped terms with file:line:column and why, and counts the rest', async (t) => {
  const dir = brokenProgram();
  const run = await runCli(['scan', '--out-dir', 'out', '*.m'], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.is(
    run.stderr,
    [
      ...FIRST_FIVE,
      'importgraph: ... and 2 more skipped terms (--verbose lists them all)',
      'importgraph: scanned 3 modules, 7 terms skipped (an import in one would be missed); files: 3 written, 0 unchanged',
    ].join('\n'),
  );
  // The scan goes on after them: the import after the bad terms is found.
  t.regex(readFileSync(join(dir, 'out/a.import_info'), 'utf8'), /module_imports_from\(c, \[\]\)/);
});

test('scan --verbose lists every skipped term; --quiet keeps the warnings and drops the summary', async (t) => {
  const dir = brokenProgram();
  const verbose = await runCli(['scan', '--verbose', '--out-dir', 'out', '*.m'], dir);
  t.is(verbose.stderr, [...FIRST_FIVE, ...LAST_TWO, 'importgraph: scanned 3 modules, 7 terms skipped (an import in one would be missed); files: 3 written, 0 unchanged'].join('\n'));
  const quiet = await runCli(['scan', '-q', '-v', '--out-dir', 'out', '*.m'], dir);
  t.is(quiet.stderr, [...FIRST_FIVE, ...LAST_TWO].join('\n'));
});

test('scc on .m files names the skipped terms too', async (t) => {
  const dir = brokenProgram();
  const run = await runCli(['scc', '--render', 'none', '--out-dir', 'out', '*.m'], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.true(run.stderr.startsWith([...FIRST_FIVE, 'importgraph: ... and 2 more skipped terms (--verbose lists them all)', 'importgraph: modules: 3 '].join('\n')), run.stderr);
});

test('--weights size weighs a .m input by the source file, not by an .import_info', async (t) => {
  const files = ['shop.m', 'shop.report.m', 'shop.stock.m'];
  const total = files.reduce((sum, f) => sum + statSync(join(everyday, f)).size, 0);
  const run = await runCli(['scc', '--weights', 'size', '--render', 'none', '--out-dir', join(temporaryDirectory(), 'out'), '*.m'], everyday);
  t.is(run.exitCode, 0, run.stderr);
  // The three modules form one cycle (a submodule depends on its parent): the critical path is all of them.
  t.regex(run.stderr, new RegExp(`critical path: 3 modules, cost ${total.toLocaleString('en-US')}$`, 'm'));
});
