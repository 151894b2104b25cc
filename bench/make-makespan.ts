// `npm run bench:make`: real make -j8 on the library with builds as long as the weights say, wall time against the simulated makespan (a benchmark: load changes it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'importgraph.js');
const weights = join(root, 'examples/mercury-library/weights.tsv');
const inputs = join(root, 'examples/mercury-library/import_info/*.import_info');
const simulatedSeconds = 8;
const dir = mkdtempSync(join(tmpdir(), 'importgraph-bench-make-'));
try {
  const run = (args: string[]): string => execFileSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  run(['scc', '--render=none', '--order', 'auto', '--weights', weights, '--out-dir', 'out', inputs]);
  const plans = JSON.parse(run(['plan', '--json', '--weights', weights, inputs])) as { name: string; makespans: { jobs: number; makespan: number }[] }[];
  const simulated = plans.find((p) => p.name === 'auto')!.makespans.find((m) => m.jobs === 8)!.makespan;
  const modules = readFileSync(join(dir, 'out/importgraph.trans_opt_order'), 'utf8').trim().split('\n').map((line) => line.split(' ')[0]);
  for (const module of modules) writeFileSync(join(dir, `${module}.m`), '');
  writeFileSync(join(dir, 'Makefile'), `MCTOI = sh ${join(root, 'test/fixtures/make/fake-mmc-weighted.sh')}\ninclude ${join(root, 'make/importgraph.mk')}\ninclude out/importgraph.dep\n`);
  const env = { ...process.env, FAKE_MMC_LOG: join(dir, 'build.log'), FAKE_MMC_WEIGHTS: weights, FAKE_MMC_SECONDS_PER_UNIT: String(simulatedSeconds / simulated) };
  const started = process.hrtime.bigint();
  execFileSync('make', ['-j8', 'trans_opts'], { cwd: dir, env, stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`make -j8, auto order, ${modules.length} modules: wall ${wall.toFixed(2)} s, simulated ${simulatedSeconds.toFixed(2)} s, ratio ${(wall / simulatedSeconds).toFixed(3)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
