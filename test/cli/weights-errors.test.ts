// A bad weights file stops scc and plan with every problem located, exit 3, and nothing written: never a crash deep in the order search.
import test from 'ava';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const inputs = join(examplesDir, 'calculator/*.import_info');

const refusesWeights = test.macro(async (t, command: string[], weights: string, expected: string[]) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'w.tsv'), weights);
  const run = await runCli([...command, '--weights', 'w.tsv', ...(command[0] === 'scc' ? ['--out-dir', 'out'] : []), inputs], dir);
  t.is(run.exitCode, 3, run.stderr);
  t.deepEqual(run.stderr.split('\n').slice(0, expected.length), expected);
  t.false(existsSync(join(dir, 'out')), 'nothing is written');
});

test(
  'scc --order auto with a weight of 1e400 is a located input error',
  refusesWeights,
  ['scc', '--order', 'auto'],
  'calc\t1\ncalc.eval\t1e400\n',
  ['w.tsv:2:11: expected a cost (a number from 0 to 1e12), found `1e400`', 'importgraph: an input error; nothing was written'],
);

test(
  'three weights of 1e308 are refused rather than summed to an infinite critical path',
  refusesWeights,
  ['plan'],
  'calc\t1e308\ncalc.eval\t1e308\ncalc.lexer\t1e308\n',
  [1, 2, 3].map((line) => `w.tsv:${line}:${line === 1 ? 6 : line === 2 ? 11 : 12}: expected a cost (a number from 0 to 1e12), found \`1e308\``),
);

test('every bad line of a weights file is shown with its line and column, up to --max-errors', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'w.tsv'), 'module\tcost\n' + Array.from({ length: 150 }, (_, i) => `m${i}\t-${i + 1}`).join('\n'));
  const run = await runCli(['plan', '--max-errors', '2', '--weights', 'w.tsv', inputs], dir);
  t.is(run.exitCode, 3);
  t.deepEqual(run.stderr.split('\n').slice(0, 4), [
    'w.tsv:2:4: expected a cost (a number from 0 to 1e12), found `-1`',
    'w.tsv:3:4: expected a cost (a number from 0 to 1e12), found `-2`',
    '... and 148 more',
    'importgraph: input errors; nothing was written',
  ]);
});
