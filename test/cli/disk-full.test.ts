// A full or read-only disk in the middle of a run: exit 5 naming the path, and the previous outputs stay exactly as they were.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const calculator = join(examplesDir, 'calculator', '*.import_info');
// The standard library's outputs: about 670 kB of text and DOT (importgraph.json 280 kB of it), and a 740 kB picture of its 85-module SCC.
const library = join(examplesDir, 'mercury-library', 'import_info', '*.import_info');

function mount(dir: string, options: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
}

function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}

// Decided once, at registration: mounting needs root and a container that allows it.
const cannotMount = (() => {
  const probe = temporaryDirectory('importgraph-mount-probe-');
  try {
    mount(probe, 'size=64k');
    unmount(probe);
    return undefined;
  } catch (error) {
    return `cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`;
  }
})();
const mountTest = cannotMount === undefined ? test : test.skip;
if (cannotMount !== undefined) console.log(`disk-full tests skipped: ${cannotMount}`);

function snapshot(dir: string): Array<[string, string, number]> {
  return readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs]);
}

// A tmpfs of `size` holding the calculator's complete outputs, then a run on the library into it.
async function libraryRunOver(t: { log: (...v: unknown[]) => void }, size: string, readOnly = false) {
  const mnt = temporaryDirectory('importgraph-tmpfs-');
  mount(mnt, `size=${size}`);
  try {
    const out = join(mnt, 'out');
    const first = await runCli(['scc', '--out-dir', out, calculator], mnt);
    if (first.exitCode !== 0) throw new Error(first.stderr);
    const before = snapshot(out);
    if (readOnly) execFileSync('mount', ['-o', 'remount,ro', mnt], { stdio: 'pipe' });
    // No time limit worth the name: on a loaded machine dot can take more than the default 30 s over the library's SCC, and then there is no SVG to fill the disk.
    const run = await runCli(['scc', '--render-timeout', '3600', '--out-dir', out, library], mnt);
    t.log(run.stderr);
    return { out, before, after: snapshot(out), run };
  } finally {
    unmount(mnt);
  }
}

mountTest('a disk that fills up while the DOT files are written: exit 5 naming the file, and the previous outputs untouched', async (t) => {
  const { out, before, after, run } = await libraryRunOver(t, '128k');
  t.is(run.exitCode, 5);
  t.regex(run.stderr, new RegExp(`^importgraph: cannot write ${out}/[^ ]+: ENOSPC: no space left on device`));
  t.deepEqual(after, before);
});

// The DOT files (about 290 kB) fit; the text and viewer data files made while Graphviz draws them (about 320 kB of text) do not.
mountTest('a disk that fills up while the text and viewer data files are written and the pictures drawn: exit 5 naming the file, and the previous outputs untouched', async (t) => {
  const { out, before, after, run } = await libraryRunOver(t, '450k');
  t.is(run.exitCode, 5);
  t.regex(run.stderr, new RegExp(`^importgraph: cannot write ${out}/(importgraph\\.[a-z_]+|imports_[a-z_]+\\.js|viewer_[a-z_\\d]+\\.(js|svg)): ENOSPC: no space left on device`));
  t.deepEqual(after, before);
});

mountTest('a disk that fills up while the pictures are written: exit 5 naming the SVG, and the previous dep, index and pictures untouched', async (t) => {
  const { out, before, after, run } = await libraryRunOver(t, '1000k');
  t.is(run.exitCode, 5);
  t.regex(run.stderr, new RegExp(`cannot write ${out}/imports_array\\.svg: ENOSPC: no space left on device`));
  t.deepEqual(after, before);
});

mountTest('a read-only output directory: exit 5 naming it, and nothing changed', async (t) => {
  const { out, before, after, run } = await libraryRunOver(t, '1m', true);
  t.is(run.exitCode, 5);
  t.regex(run.stderr, new RegExp(`cannot write to ${out}: EROFS: read-only file system`));
  t.deepEqual(after, before);
});

mountTest('an unchanged run on a read-only output directory succeeds: it changes nothing, so it writes nothing', async (t) => {
  const mnt = temporaryDirectory('importgraph-tmpfs-');
  mount(mnt, 'size=1m');
  try {
    mkdirSync(join(mnt, 'out'));
    t.is((await runCli(['scc', '--out-dir', 'out', calculator], mnt)).exitCode, 0);
    execFileSync('mount', ['-o', 'remount,ro', mnt], { stdio: 'pipe' });
    const run = await runCli(['scc', '--out-dir', 'out', calculator], mnt);
    t.is(run.exitCode, 0, run.stderr);
    t.regex(run.stderr, /files: 0 written, 14 unchanged/);
  } finally {
    unmount(mnt);
  }
});
