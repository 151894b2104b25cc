// Where scc and scan write: an empty --out-dir would silently mean the working directory, so it is refused.
import { resolve } from 'node:path';
import { ImportGraphError } from '../errors.js';

export function outputDirectory(cwd: string, outDir: string): string {
  if (outDir === '') throw new ImportGraphError('E_USAGE', '--out-dir is empty: give the directory to write to');
  return resolve(cwd, outDir);
}
