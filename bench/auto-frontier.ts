// `node dist/bench/auto-frontier.js [seeds]`: auto on the standard library as the CLI runs it (entity import weights), its front and its spread over seeds, with times.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { inputPaths } from '../src/pipeline/input-paths.js';
import { readImportInfos } from '../src/read/read-import-infos.js';
import { buildModuleGraph } from '../src/graph/module-graph.js';
import { resolveWeights } from '../src/pipeline/resolve-weights.js';
import { importWeights } from '../src/pipeline/order-choice.js';
import { autoOrder, type AutoOrderOptions } from '../src/order/auto-order.js';
import { buildPlan } from '../src/order/build-plan.js';

const root = join(import.meta.dirname, '..', '..', 'examples', 'mercury-library');
const paths = await inputPaths([join(root, 'import_info', '*.import_info')], root);
const { modules } = await readImportInfos(paths);
const moduleGraph = buildModuleGraph(modules);
const weigh = await resolveWeights(join(root, 'weights.tsv'), modules, root);
const bytes = weigh!(moduleGraph.names);
const unit = new Float64Array(bytes.length).fill(1);
const importWeight = importWeights(moduleGraph);

function run(label: string, weight: Float64Array, options: AutoOrderOptions): number {
  const start = performance.now();
  const r = autoOrder(moduleGraph.graph, weight, { importWeight, ...options });
  const ms = performance.now() - start;
  const plan = buildPlan(r.order, moduleGraph.graph, bytes, moduleGraph.names);
  const j8 = plan.makespans.find((x) => x.jobs === 8)!.makespan;
  console.log(`${label.padEnd(40)} ${String(plan.criticalPath.modules).padStart(3)} ${plan.criticalPath.cost.toFixed(0).padStart(9)} ${String(r.honoured).padStart(5)} ${j8.toFixed(0).padStart(9)} ${ms.toFixed(0).padStart(6)} ms  bound ${r.bounds.maxCriticalPath}`);
  return r.honoured;
}

console.log('options                                  CPm   CPbytes  hon.  -j8 span   time');
run('bytes, defaults', bytes, {});
for (const d of [6, 8, 10, 12, 15]) run(`unit, --max-depth ${d}`, unit, { maxDepth: d });
for (const d of [6, 8, 10, 12, 15]) run(`bytes, --max-depth ${d}`, bytes, { maxDepth: d });
for (const c of [600000, 800000, 1000000, 1200000]) run(`bytes, --max-critical-path ${c}`, bytes, { maxCriticalPath: c });
run('bytes, --max-depth 8 --max-critical-path 1e6', bytes, { maxDepth: 8, maxCriticalPath: 1e6 });
run('bytes, --max-depth 10 --max-critical-path 8e5', bytes, { maxDepth: 10, maxCriticalPath: 8e5 });
const seeds = Number(process.argv[2] ?? 0);
const got: number[] = [];
for (let s = 1; s <= seeds; s++) got.push(run(`bytes, defaults, seed ${s}`, bytes, { seed: s }));
if (seeds > 0) console.log(`seeds 1..${seeds}: min ${Math.min(...got)}, max ${Math.max(...got)}`);
