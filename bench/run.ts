// `npm run bench`: generates 1k, 10k and 100k-module corpora and reports each phase's time and peak memory, as ratios to the read floor.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.js';
import type { PhaseFigure } from './measure.js';

const here = dirname(fileURLToPath(import.meta.url));
const generator = join(here, '..', '..', 'bench', 'gen-import-graph.mjs');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const root = process.env.IMPORTGRAPH_BENCH_DIR ?? join(tmpdir(), 'importgraph-bench');

for (const n of sizes.length > 0 ? sizes : [1000, 10000, 100000]) {
  const corpus = ensureCorpus(root, generator, n);
  const outDir = mkdtempSync(join(tmpdir(), 'importgraph-bench-out-'));
  // A fresh process per size: peak memory is then this size's alone.
  const json = execFileSync(process.execPath, ['--max-old-space-size=8192', join(here, 'measure.js'), corpus, outDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  rmSync(outDir, { recursive: true, force: true });
  const { modules, imports, figures } = JSON.parse(json) as { modules: number; imports: number; figures: PhaseFigure[] };
  const floor = figures.find((f) => f.phase.startsWith('read floor'))!.ms;
  const total = figures.filter((f) => !f.phase.startsWith('read floor')).reduce((s, f) => s + f.ms, 0);
  console.log(`\n${modules} modules, ${imports} imports (baseline: reading the same files, bytes only: ${floor.toFixed(0)} ms)`);
  console.log('phase'.padEnd(26) + 'ms'.padStart(10) + '× floor'.padStart(10) + 'peak RSS MB'.padStart(14));
  for (const f of figures) {
    console.log(f.phase.padEnd(26) + f.ms.toFixed(1).padStart(10) + (f.ms / floor).toFixed(2).padStart(10) + f.peakRssMb.toFixed(0).padStart(14));
  }
  console.log('total (without floor)'.padEnd(26) + total.toFixed(1).padStart(10) + (total / floor).toFixed(2).padStart(10));
}
