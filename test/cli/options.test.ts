// A mistyped or misplaced option gets a message that says what to type instead, exit 2, and nothing is read or written.
import test from 'ava';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const calculator = join(examplesDir, 'calculator', '*.import_info');

const usageError = test.macro({
  async exec(t, args: string[], message: string) {
    const run = await runCli(args, temporaryDirectory());
    t.is(run.exitCode, 2);
    t.is(run.stderr, `importgraph: ${message}`); // execa drops the final newline
    t.is(run.stdout, '');
  },
  title: (given, args: string[]) => given ?? `\`importgraph ${args.join(' ')}\``,
});

test(usageError, ['scc', '--out-dri', 'x', 'a.m'], 'unknown option `--out-dri`; did you mean `--out-dir`? (`importgraph --help` lists every option)');
test(usageError, ['scc', '--wieghts', 'size', 'a.m'], 'unknown option `--wieghts`; did you mean `--weights`? (`importgraph --help` lists every option)');
test(usageError, ['plan', '--max-dept', '3', 'a.m'], 'unknown option `--max-dept`; did you mean `--max-depth`? (`importgraph --help` lists every option)');
test(usageError, ['scc', '--frobnicate', 'a.m'], 'unknown option `--frobnicate` (`importgraph --help` lists every option)');
test(usageError, ['scc', '-x', 'a.m'], 'unknown option `-x` (`importgraph --help` lists every option)');
test(usageError, ['scc', '--render-timeout', '-1', 'a.m'], '--render-timeout takes a positive number, not `-1`');
test(usageError, ['scc', '--max-errors', '-3', 'a.m'], '--max-errors takes a whole number of at least 1, not `-3`');
test(usageError, ['scc', '--quiet=yes', 'a.m'], 'option `--quiet` takes no value, not `yes`');
test(usageError, ['scc', 'a.m', '--out-dir'], 'option `--out-dir` needs a value; `importgraph --help` says what it takes');
test(usageError, ['scc', '--max-depth', '5', 'a.m'], '--max-depth bounds the automatic order: add --order auto (scc orders by name without it)');
test(usageError, ['scc', '--max-critical-path', '1000', 'a.m'], '--max-critical-path bounds the automatic order: add --order auto (scc orders by name without it)');

test('--max-depth is taken with --order auto by scc, and by plan for its auto column', async (t) => {
  const dir = temporaryDirectory();
  const scc = await runCli(['scc', '--order', 'auto', '--max-depth', '5', '--render', 'none', '--out-dir', 'out', calculator], dir);
  t.is(scc.exitCode, 0, scc.stderr);
  const plan = await runCli(['plan', '--max-depth', '5', calculator], dir);
  t.is(plan.exitCode, 0, plan.stderr);
});

test('`--opt=value`, `--opt value` and `--` before an input that begins with `-` all work', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--render=none', '--out-dir', 'out', '-q', '--', calculator], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.is(run.stderr, '');
});
