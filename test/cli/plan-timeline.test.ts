// `importgraph plan --svg` as a user runs it on the library: one Gantt chart, a bar per module per order, critical paths outlined, valid XML.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const weights = join(examplesDir, 'mercury-library/weights.tsv');
const inputs = join(examplesDir, 'mercury-library/import_info/*.import_info');

test('plan --svg draws the default and auto builds on -j4: 149 bars each, the critical paths outlined, and the makespans of plan', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['plan', '--json', '--svg', 'timeline.svg', '--jobs', '4', '--weights', weights, inputs], dir);
  t.is(run.exitCode, 0, run.stderr);
  const plans = JSON.parse(run.stdout) as { name: string; criticalPath: { path: string[] }; makespans: { jobs: number; makespan: number }[] }[];
  const svg = readFileSync(join(dir, 'timeline.svg'), 'utf8');
  const blocks = svg.split('<g class="plan">').slice(1);
  t.deepEqual(blocks.map((b) => /^<text[^>]*>([a-z]+):/.exec(b)?.[1]), ['default', 'auto']);
  blocks.forEach((block, i) => {
    const bars = [...block.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]* stroke="(#[0-9a-f]+)"[^>]*><title>([^:]+):/g)];
    t.is(bars.length, 149, `${plans[i].name}: a bar per module`);
    t.is(new Set(bars.map((b) => b[4])).size, 149);
    t.deepEqual(bars.filter((b) => b[3] === '#000').map((b) => b[4]).sort(), [...plans[i].criticalPath.path].sort(), `${plans[i].name}: the critical path is outlined`);
    t.regex(block, new RegExp(`-j4 build takes ${plans[i].makespans.find((m) => m.jobs === 4)!.makespan.toLocaleString('en-US')}`));
  });
  t.notRegex(svg, /&(?!#\d+;|amp;|lt;|gt;|quot;)/, 'every & is an entity');
});
