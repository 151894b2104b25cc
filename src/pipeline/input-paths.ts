// Expands the command line's inputs into paths this process can open, spelled as the user wrote them wherever that works (for messages).
import { resolve } from 'node:path';
import { ImportGraphError } from '../errors.js';
import { expandInputList, type ExpandOptions } from '../read/input-files.js';
import { defaultReadThreads } from '../read/read-import-infos.js';
import { startReadWorkers, stopReadWorkers } from '../read/read-threads.js';

/** Inputs relative to `cwd`; made absolute only when `cwd` is not this process's working directory. None at all is a usage error. */
export async function inputPaths(inputs: readonly string[], cwd: string): Promise<string[]> {
  const { paths, check } = await expandedPaths(inputs, { cwd });
  check();
  return paths;
}

/**
 * As `inputPaths`, with a missing file or a directory among the plain paths
 * reported only by `check` (see `expandInputList`): for a reader that opens
 * every file anyway and calls `check` before saying that one failed.
 */
export async function inputPathList(inputs: readonly string[], cwd: string): Promise<{ paths: string[]; check: () => void }> {
  try {
    // The reader's worker threads start while the list is sorted, once its length says how many the read takes.
    return await expandedPaths(inputs, { cwd, onListed: (count) => startReadWorkers(defaultReadThreads(count) - 1) });
  } catch (e) {
    stopReadWorkers();
    throw e;
  }
}

async function expandedPaths(inputs: readonly string[], options: ExpandOptions & { cwd: string }): Promise<{ paths: string[]; check: () => void }> {
  const { files, check } = await expandInputList(inputs, options);
  if (files.length === 0) throw noModules(inputs);
  return { paths: options.cwd === process.cwd() ? files : files.map((f) => resolve(options.cwd, f)), check };
}

// A run over no module would replace a whole build's outputs with an empty one: refused before anything is written.
export function noModules(inputs: readonly string[]): ImportGraphError {
  const said = inputs.length === 0 ? 'none given' : `${inputs.join(' ')} name${inputs.length === 1 ? 's' : ''} no module`;
  return new ImportGraphError('E_USAGE', `no inputs: ${said}; give .import_info or .m files, quoted globs or @FILE`);
}
