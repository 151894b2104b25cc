// Expands the command line's inputs into paths this process can open, spelled as the user wrote them wherever that works (for messages).
import { resolve } from 'node:path';
import { ImportGraphError } from '../errors.js';
import { expandInputs } from '../read/input-files.js';

/** Inputs relative to `cwd`; made absolute only when `cwd` is not this process's working directory. None at all is a usage error. */
export async function inputPaths(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files = await expandInputs(inputs, { cwd });
  if (files.length === 0) throw noModules(inputs);
  return cwd === process.cwd() ? files : files.map((f) => resolve(cwd, f));
}

// A run over no module would replace a whole build's outputs with an empty one: refused before anything is written.
export function noModules(inputs: readonly string[]): ImportGraphError {
  const said = inputs.length === 0 ? 'none given' : `${inputs.join(' ')} name${inputs.length === 1 ? 's' : ''} no module`;
  return new ImportGraphError('E_USAGE', `no inputs: ${said}; give .import_info or .m files, quoted globs or @FILE`);
}
