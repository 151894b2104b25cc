// A spec or weights file may hold any characters in its names; quoted back in a warning or an error they must not drive the user's terminal.
import test from 'ava';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { terminalSafe } from '../../src/cli/terminal-text.js';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const inputs = join(examplesDir, 'calculator/*.import_info');
// ESC, BEL, carriage return, C1 CSI, a right-to-left override: each would act on a terminal.
const ACTING = /[\u001b\u0007\r\u009b\u202e]/u;

test('a spec warning quoting a name with escape sequences shows them as \\u{..}, never raw', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 's.spec'), "module_allow_deps('a\\e[31mRED\\a\\r\\x9b\\', [calc.eval]).\n");
  const run = await runCli(['scc', '--render', 'none', '--out-dir', 'out', '--trans-opt-deps-spec', 's.spec', inputs], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.false(ACTING.test(run.stderr), JSON.stringify(run.stderr));
  t.true(run.stderr.includes('the module name `a\\u{1B}[31mRED\\u{7}\\u{D}\\u{9B}` does not occur in the dependency graph'), run.stderr);
});

test('an error quoting a weights file name with a right-to-left override shows it escaped', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'w.tsv'), 'calc\t1\ncalc.eval\tfoo\u202eexe\n');
  const run = await runCli(['plan', '--weights', 'w.tsv', inputs], dir);
  t.is(run.exitCode, 3, run.stderr);
  t.false(ACTING.test(run.stderr), JSON.stringify(run.stderr));
  t.regex(run.stderr, /foo\\u\{202E\}exe/);
});

test('tabs and newlines are kept; printable Unicode is untouched', (t) => {
  t.is(terminalSafe('a\tb\nü 日本 é'), 'a\tb\nü 日本 é');
  t.is(terminalSafe('\u0000\u007f\u0085\u2066'), '\\u{0}\\u{7F}\\u{85}\\u{2066}');
});
