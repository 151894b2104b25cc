// What a user installs: `npm pack`, then `npm install -g` of the tarball, gives an `importgraph` command that runs the example.
import test from 'ava';
import { execa } from 'execa';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';

const npmFound = spawnSync('npm', ['--version'], { stdio: 'ignore' }).status === 0;
const npmTest = npmFound ? test : test.skip;
const note = npmFound ? '' : ' (skipped: npm is not on PATH)';

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

npmTest(`the packed tarball installs with no install-script warning, and the installed importgraph runs the example${note}`, async (t) => {
  const dir = temporaryDirectory();
  // `npm test` has just compiled dist/; the tarball is built from it as `npm pack` (prepack: tsc) would.
  const pack = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: projectRoot });
  const [packed] = JSON.parse(pack.stdout) as PackResult[];
  const files = packed!.files.map((f) => f.path);
  t.deepEqual(files.filter((f) => f.endsWith('.map')), [], 'no source maps: they would point at src/*.ts, which is not shipped');
  t.deepEqual(files.filter((f) => f.startsWith('src/') || f.startsWith('test/')), []);
  for (const f of ['bin/importgraph.js', 'dist/src/cli/main.js', 'dist/src/index.d.ts', 'make/importgraph.mk', 'README.md', 'package.json']) t.true(files.includes(f), f);

  const prefix = join(dir, 'prefix');
  const install = await execa('npm', ['install', '-g', join(dir, packed!.filename), '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    reject: false,
    all: true,
  });
  t.is(install.exitCode, 0, install.all);
  t.notRegex(String(install.all), /install-scripts|prepare/);
  t.true(existsSync(join(prefix, 'lib/node_modules/importgraph/make/importgraph.mk')));

  const importgraph = join(prefix, 'bin', 'importgraph');
  const version = await execa(importgraph, ['--version'], { cwd: dir });
  t.is(version.stdout, JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version);
  const example = join(examplesDir, 'mercury-library/import_info/*.import_info');
  const run = await execa(importgraph, ['scc', '--render', 'none', '--out-dir', 'out', example], { cwd: dir, reject: false });
  t.is(run.exitCode, 0, run.stderr);
  t.regex(run.stderr, /modules: 149 \(1968 imports;/);
  t.true(existsSync(join(dir, 'out/importgraph.dep')));
  const sources = await execa(importgraph, ['scan', '--out-dir', join(dir, 'infos'), '*.m'], { cwd: join(fixturesDir, 'mercury-everyday'), reject: false });
  t.is(sources.stderr, 'importgraph: scanned 3 modules, every term read; files: 3 written, 0 unchanged');
});
