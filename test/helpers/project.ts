// Paths to the project's own files, found from the compiled test's location, so tests run from any working directory.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the test');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot();
export const binPath = join(projectRoot, 'bin', 'importgraph.js');
export const examplesDir = join(projectRoot, 'examples');
export const fixturesDir = join(projectRoot, 'test', 'fixtures');

const madeDirectories: string[] = [];
// Each test file runs in its own process: its temporary directories go when it exits, so runs leave nothing in the temp directory.
process.on('exit', () => {
  for (const dir of madeDirectories) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory for one test, removed when the test file's process exits. */
export function temporaryDirectory(prefix = 'importgraph-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirectories.push(dir);
  return dir;
}
