// The default order must mean exactly what mmc's default means: checked on the real standard library graph.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScc } from '../../src/pipeline/run-scc.js';
import { closurePairs, parseOrderFile } from '../helpers/order-file.js';
import { examplesDir, fixturesDir, temporaryDirectory } from '../helpers/project.js';

test('the closure of the library trans_opt_order equals mmc default trans_opt_deps pair for pair', async (t) => {
  const outDir = temporaryDirectory();
  const { summary } = await runScc({ inputs: ['mercury-library/import_info/*.import_info'], outDir, cwd: examplesDir });
  const order = parseOrderFile(readFileSync(join(outDir, 'importgraph.trans_opt_order'), 'utf8'));
  const reference = readFileSync(join(fixturesDir, 'mercury-library/reference/trans_opt_deps.default.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const ours = closurePairs(order);
  t.is(reference.length, 9158);
  t.deepEqual([...ours].sort(), [...new Set(reference)].sort());
  t.is(order.size, 149);
  // A reduced list: about 195 order edges where mmc lists 9,158.
  const edges = [...order.values()].reduce((n, sources) => n + sources.length, 0);
  t.true(edges < 210, `${edges} order edges`);
  t.is(summary.orderEdges, edges);
  t.is(summary.criticalPath.modules, 90);
  t.is(summary.largestScc.size, 85);
  t.is(summary.sccs, 65);
});

test('the order is a transitive reduction: no listed source is reachable through another', async (t) => {
  const outDir = temporaryDirectory();
  await runScc({ inputs: ['mercury-library/import_info/*.import_info'], outDir, cwd: examplesDir });
  const order = parseOrderFile(readFileSync(join(outDir, 'importgraph.trans_opt_order'), 'utf8'));
  const closure = closurePairs(order);
  for (const [target, sources] of order) {
    for (const s of sources) {
      const viaOther = sources.some((other) => other !== s && closure.has(`${other}\t${s}`));
      t.false(viaOther, `${target} lists ${s}, which another of its sources already reaches`);
    }
  }
});
