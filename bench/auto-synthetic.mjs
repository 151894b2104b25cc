// `node bench/auto-synthetic.mjs DIST N...`: times auto (defaults, unit costs and varied costs) on synthetic graphs from gen-import-graph.mjs; DIST is a compiled tree (dist), so an older build can be compared.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const [dist, ...sizes] = process.argv.slice(2);
const { compactGraphFromEdges } = await import(resolve(dist, 'src/graph/compact-graph.js'));
const { autoOrder } = await import(resolve(dist, 'src/order/auto-order.js'));
for (const n of sizes.map(Number)) {
  const prefix = join(tmpdir(), `importgraph-auto-bench-n${n}`);
  if (!existsSync(`${prefix}.tsv`)) {
    execFileSync(process.execPath, [join(import.meta.dirname, 'gen-import-graph.mjs'), '--n', String(n), '--seed', '1', '--formats', 'tsv', '--out', prefix], { stdio: 'ignore' });
  }
  const id = new Map();
  const from = [];
  const to = [];
  const intern = (name) => (id.has(name) ? id.get(name) : (id.set(name, id.size), id.size - 1));
  for (const line of readFileSync(`${prefix}.tsv`, 'utf8').split('\n')) {
    if (line === '') continue;
    const [a, b] = line.split('\t');
    from.push(intern(a));
    to.push(intern(b));
  }
  const graph = compactGraphFromEdges(id.size, from, to);
  const costs = new Float64Array(id.size);
  for (let v = 0; v < id.size; v++) costs[v] = 1000 + ((Math.imul(v + 1, 2654435761) >>> 0) % 100000);
  for (const [label, weight] of [['unit costs', new Float64Array(id.size).fill(1)], ['varied costs', costs]]) {
    const start = performance.now();
    const r = autoOrder(graph, weight);
    console.log(`${id.size} modules, ${from.length} imports, ${label}: ${(performance.now() - start).toFixed(0)} ms, honoured ${r.honoured}`);
  }
}
