// Paths to the project's own files, found from the compiled test's location, so tests run from any working directory.
import { existsSync, mkdtempSync } from 'node:fs';
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

/** A fresh temporary directory for one test. */
export function temporaryDirectory(prefix = 'importgraph-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
