// importgraph.cuts read back as a user would: on the library, every cut's imports removed from the import graph leave exactly the SCC sizes it states.
import test from 'ava';
import graphlib from 'graphlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizesText } from '../../src/write/cuts-report.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

test('scc writes importgraph.cuts; each cut of the library SCC, checked against graphlib on edges-mmc.tsv, leaves the sizes it states', async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--render', 'none', '--out-dir', 'out', join(examplesDir, 'mercury-library/import_info/*.import_info')], dir);
  t.is(run.exitCode, 0, run.stderr);
  const text = readFileSync(join(dir, 'out/importgraph.cuts'), 'utf8');
  const header = /^# SCC (\S+) \((\d+) modules, (\d+) imports\)/m.exec(text);
  t.deepEqual(header?.slice(1), ['array', '85', '1237']);
  const edges = readFileSync(join(fixturesDir, 'mercury-library/edges-mmc.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const cuts = [...text.matchAll(/^cut \d+: (\d+) imports?, weight \d+: leaves (.+)\n((?:\t.+\n)+)/gm)];
  t.true(cuts.length >= 5, `${cuts.length} cuts`);
  for (const [, count, leaves, lines] of cuts) {
    const removed = new Set(lines.trim().split('\n').map((l) => l.trim().split('\t')[0].replace(' -> ', '\t')));
    t.is(removed.size, Number(count));
    const g = new graphlib.Graph({ directed: true });
    for (const [a, b] of edges) if (!removed.has(`${a}\t${b}`)) g.setEdge(a, b);
    const sizes = graphlib.alg.tarjan(g).map((c) => c.length).sort((a, b) => b - a);
    // The library's other 64 modules are SCCs of one; the cut's sizes are those of the 85 members.
    const inScc = sizes.slice(0, sizes.length - 64);
    t.is(inScc.reduce((a, b) => a + b, 0), 85);
    t.is(sizesText(inScc), leaves);
  }
});
