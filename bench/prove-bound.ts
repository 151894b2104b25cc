// `node dist/bench/prove-bound.js [SECONDS] [DEPTHS] [--no-scc]`: plan --prove's figures: auto beside the proven bound on the standard library (unit costs) and on a synthetic 300-module SCC, with wall and CPU times and the load.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { inputPaths } from '../src/pipeline/input-paths.js';
import { readImportInfos } from '../src/read/read-import-infos.js';
import { buildModuleGraph } from '../src/graph/module-graph.js';
import { compactGraphFromEdges, type CompactGraph } from '../src/graph/compact-graph.js';
import { importWeights } from '../src/pipeline/order-choice.js';
import { autoOrder, type AutoOrderOptions } from '../src/order/auto-order.js';
import { proveBound } from '../src/order/prove-bound.js';

const seconds = Number(process.argv[2] ?? 60);
const depths = (process.argv[3] ?? '6,8,10').split(',').map(Number);

// Auto as plan runs it (unit costs), then the bound with the given time limit: one line of figures.
async function measure(label: string, graph: CompactGraph, options: AutoOrderOptions): Promise<void> {
  const unit = new Float64Array(graph.nodeCount).fill(1);
  const load = loadavg()[0].toFixed(1);
  const autoStart = performance.now();
  const auto = autoOrder(graph, unit, options);
  const autoMs = performance.now() - autoStart;
  const cpu = process.cpuUsage();
  const p = await proveBound(graph, unit, auto, seconds);
  const used = process.cpuUsage(cpu);
  const how = p.optimal ? 'optimal' : 'time limit';
  const cpuPerWall = (used.user + used.system) / 1e6 / p.seconds;
  const steps = p.steps.map((s) => `${s.upperBound} at ${s.seconds.toFixed(1)} s (~${(s.seconds * cpuPerWall).toFixed(1)} s CPU)`).join(', ');
  console.log(
    `${label.padEnd(34)} auto ${String(p.honoured).padStart(5)} in ${autoMs.toFixed(0).padStart(6)} ms; bound ${String(p.upperBound).padStart(5)} (gap ${p.gapPercent.toFixed(2)}%, ${how}) in ${p.seconds.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; load ${load}\n  steps: ${steps}`,
  );
}

const root = join(import.meta.dirname, '..', '..', 'examples', 'mercury-library');
const { modules } = await readImportInfos(await inputPaths([join(root, 'import_info', '*.import_info')], root));
const library = buildModuleGraph(modules);
const importWeight = importWeights(library);
for (const depth of depths) await measure(`library, unit, --max-depth ${depth}`, library.graph, { importWeight, maxDepth: depth });

if (process.argv.includes('--no-scc')) process.exit(0);

// One SCC of 300 modules from the generator (spine, layered imports, 46 upward imports), default options.
const prefix = join(tmpdir(), 'importgraph-prove-bench-scc300');
if (!existsSync(`${prefix}.tsv`)) {
  const generator = join(import.meta.dirname, '..', '..', 'bench', 'gen-import-graph.mjs');
  execFileSync(process.execPath, [generator, '--shape', 'scc', '--n', '300', '--seed', '1', '--formats', 'tsv', '--out', prefix], { stdio: 'ignore' });
}
const id = new Map<string, number>();
const from: number[] = [];
const to: number[] = [];
const intern = (name: string): number => id.get(name) ?? (id.set(name, id.size), id.size - 1);
for (const line of readFileSync(`${prefix}.tsv`, 'utf8').split('\n')) {
  if (line === '') continue;
  const [a, b] = line.split('\t');
  from.push(intern(a));
  to.push(intern(b));
}
await measure('synthetic SCC of 300, defaults', compactGraphFromEdges(id.size, from, to), {});
