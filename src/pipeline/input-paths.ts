// Expands the command line's inputs into paths this process can open, spelled as the user wrote them wherever that works (for messages).
import { resolve } from 'node:path';
import { expandInputs } from '../read/input-files.js';

/** Inputs relative to `cwd`; made absolute only when `cwd` is not this process's working directory. */
export async function inputPaths(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files = await expandInputs(inputs, { cwd });
  return cwd === process.cwd() ? files : files.map((f) => resolve(cwd, f));
}
