// Which imports an order honours, as importgraph.json and the viewer's DSM show them: checked by a plain search per import on the library's three orders.
import test from 'ava';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CompactGraph } from '../../src/graph/compact-graph.js';
import { analyzeImports, type OrderStrategy } from '../../src/pipeline/analyze.js';
import { orderStrategy } from '../../src/pipeline/order-choice.js';
import { readSpecFile, specStrategy } from '../../src/pipeline/spec-choice.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { honouredImports } from '../../src/order/honoured-imports.js';
import { buildLevels } from '../../src/order/order-levels.js';
import { examplesDir } from '../helpers/project.js';

const library = join(examplesDir, 'mercury-library');

async function analysed(order: OrderStrategy) {
  const dir = join(library, 'import_info');
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  return analyzeImports((await readImportInfos(files)).modules, { order });
}

// Whether `to` is reachable from `from` in the DAG: a depth-first search, the slow obvious way.
function reaches(dag: CompactGraph, from: number, to: number): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v === to) return true;
    for (let e = dag.offsets[v]; e < dag.offsets[v + 1]; e++) if (!seen.has(dag.targets[e])) (seen.add(dag.targets[e]), stack.push(dag.targets[e]));
  }
  return false;
}

function expected(graph: CompactGraph, order: CompactGraph): number[] {
  const out: number[] = [];
  for (let u = 0; u < graph.nodeCount; u++) for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) out.push(reaches(order, u, graph.targets[e]) ? 1 : 0);
  return out;
}

for (const name of ['name', 'auto'] as const) {
  test(`${name} order: both ways of finding honoured imports agree with a search per import`, async (t) => {
    const a = await analysed(orderStrategy({ order: name }));
    const want = expected(a.moduleGraph.graph, a.order);
    t.deepEqual(Array.from(honouredImports(a.order, a.moduleGraph.graph)), want);
  });
}

test("the team's spec, which may drop imports between SCCs: the general way agrees with a search per import", async (t) => {
  const spec = await readSpecFile('mer_std.trans_opt_deps_spec', library);
  const a = await analysed(specStrategy(spec, () => undefined));
  const want = expected(a.moduleGraph.graph, a.order);
  t.deepEqual(Array.from(honouredImports(a.order, a.moduleGraph.graph)), want);
  t.true(want.includes(0));
});

test('levels: 0 for a module that reads nothing, else one more than the highest it reads', async (t) => {
  const a = await analysed(orderStrategy({ order: 'name' }));
  const level = buildLevels(a.order, a.topDown);
  for (let v = 0; v < a.order.nodeCount; v++) {
    let most = -1;
    for (let e = a.order.offsets[v]; e < a.order.offsets[v + 1]; e++) most = Math.max(most, level[a.order.targets[e]]);
    t.is(level[v], most + 1);
  }
  t.is(Math.max(...level) + 1, 90, 'as many levels as the critical path has modules');
});
