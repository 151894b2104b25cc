// `npm run bench [sizes...] [--repeat N] [--no-phases] [--render-all]`: per size, the real `importgraph scc` commands end to end and each phase, as ratios to the read floor of the same process, then growth per ×3.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.js';
import type { CommandFigure } from './command.js';
import type { PhaseFigure } from './measure.js';

const here = dirname(fileURLToPath(import.meta.url));
const generator = join(here, '..', '..', 'bench', 'gen-import-graph.mjs');
const argv = process.argv.slice(2);
const sizes = argv.filter((a, i) => argv[i - 1] !== '--repeat').map(Number).filter((n) => n > 0);
const withPhases = !argv.includes('--no-phases');
// `--repeat N`: each command N times, keeping the run with the lowest ratio to its floor (the box is shared; the least disturbed run is the truest).
const repeat = argv.includes('--repeat') ? Math.max(1, Number(argv[argv.indexOf('--repeat') + 1]) || 1) : 1;
const root = process.env.IMPORTGRAPH_BENCH_DIR ?? join(tmpdir(), 'importgraph-bench');

/** The commands measured, as `importgraph` arguments before `--out-dir` and the @list. */
const COMMANDS: Array<{ name: string; args: string[]; upTo?: number }> = [
  { name: 'scc --render=none', args: ['scc', '--render', 'none'] },
  { name: 'scc --order auto', args: ['scc', '--render', 'none', '--order', 'auto'] },
  // Drawing thousands of SVGs takes minutes past 100,000 modules: `--render-all` measures it at every size.
  { name: 'scc (rendering)', args: ['scc'], upTo: argv.includes('--render-all') ? undefined : 100000 },
  // MAIN.trans_opt_deps lists every module's whole closure (mmc's format): quadratic text, refused past 128 MiB (exit 5) in linear memory; measured at every size.
  { name: 'scc --main', args: ['scc', '--render', 'none', '--main', 'main'] },
];

function fresh<T>(script: string, args: string[]): T {
  // A fresh process per measurement: peak memory is then this command's alone.
  const json = execFileSync(process.execPath, ['--max-old-space-size=8192', join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(json) as T;
}

const fmt = (ms: number, floor: number): string => `${(ms / 1000).toFixed(2)} s, ${(ms / floor).toFixed(1)}×`;
const results = new Map<string, Map<number, CommandFigure>>();
const all = sizes.length > 0 ? sizes : [10000, 30000, 100000, 300000];

for (const n of all) {
  const corpus = ensureCorpus(root, generator, n);
  const list = join(corpus, 'list.txt');
  console.log(`\n${n} modules (${cpus().length} × ${cpus()[0]?.model ?? '?'})`);
  console.log('command'.padEnd(24) + 'wall'.padStart(10) + 'floor'.padStart(10) + '× floor'.padStart(9) + 'peak RSS MB'.padStart(13) + '  write floor (output)');
  for (const command of COMMANDS) {
    if (command.upTo !== undefined && n > command.upTo) continue;
    let figure: CommandFigure | undefined;
    for (let r = 0; r < repeat; r++) {
      const outDir = mkdtempSync(join(tmpdir(), 'importgraph-bench-out-'));
      const run = fresh<CommandFigure>('command.js', [list, ...command.args, '--out-dir', outDir, `@${list}`]);
      rmSync(outDir, { recursive: true, force: true });
      if (figure === undefined || run.ms / run.floorMs < figure.ms / figure.floorMs) figure = run;
      if (run.exitCode !== 0) break;
    }
    if (figure === undefined) continue;
    if (!results.has(command.name)) results.set(command.name, new Map());
    results.get(command.name)!.set(n, figure);
    const failed = figure.exitCode === 0 ? '' : `  FAILED (exit ${figure.exitCode}): ${figure.error}`;
    console.log(
      command.name.padEnd(24) +
        figure.ms.toFixed(0).padStart(10) +
        figure.floorMs.toFixed(0).padStart(10) +
        (figure.ms / figure.floorMs).toFixed(2).padStart(9) +
        figure.peakRssMb.toFixed(0).padStart(13) +
        (figure.writeFloorMs === undefined ? '' : `  ${figure.writeFloorMs.toFixed(0)} ms, ${(figure.writeFloorMs / figure.floorMs).toFixed(2)}× (${figure.outputMb!.toFixed(0)} MB)`) +
        failed,
    );
  }
  if (!withPhases) continue;
  const outDir = mkdtempSync(join(tmpdir(), 'importgraph-bench-out-'));
  const { figures } = fresh<{ figures: PhaseFigure[] }>('measure.js', [corpus, outDir]);
  rmSync(outDir, { recursive: true, force: true });
  const floor = figures.find((f) => f.phase.startsWith('read floor'))!.ms;
  console.log('phases of scc, one process'.padEnd(34) + 'ms'.padStart(10) + '× floor'.padStart(9) + 'peak RSS MB'.padStart(13));
  for (const f of figures) console.log(`  ${f.phase}`.padEnd(34) + f.ms.toFixed(1).padStart(10) + (f.ms / floor).toFixed(2).padStart(9) + f.peakRssMb.toFixed(0).padStart(13));
}

// One table for README: wall time as a multiple of the same run's floor, peak RSS, and growth per ×3 in modules.
console.log('\n| command | ' + all.map((n) => `${n.toLocaleString('en-US')} modules`).join(' | ') + ' | time growth per ×3 |');
console.log('| --- | ' + all.map(() => '---').join(' | ') + ' | --- |');
for (const [name, bySize] of results) {
  const cells = all.map((n) => {
    const f = bySize.get(n);
    if (f === undefined) return '–';
    if (f.exitCode !== 0) return `exit ${f.exitCode} after ${fmt(f.ms, f.floorMs)}, ${f.peakRssMb.toFixed(0)} MB`;
    return `${fmt(f.ms, f.floorMs)}, ${f.peakRssMb.toFixed(0)} MB`;
  });
  const growth: string[] = [];
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [bySize.get(all[i - 1]), bySize.get(all[i])];
    if (a === undefined || b === undefined || a.exitCode !== 0 || b.exitCode !== 0) continue;
    // Normalised to a factor of exactly 3 in size (10k → 30k → 100k is ×3, ×3.33).
    const perThree = Math.pow(b.ms / a.ms, Math.log(3) / Math.log(all[i] / all[i - 1]));
    growth.push(perThree.toFixed(1));
  }
  console.log(`| ${name} | ${cells.join(' | ')} | ${growth.join(', ') || '–'} |`);
}
