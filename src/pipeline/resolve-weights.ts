// Finds the cost model the user asked for (--weights FILE|size|unit) and reads what it needs.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ImportGraphError } from '../errors.js';
import type { ModuleImports } from '../model.js';
import { readInputText } from '../read/input-text.js';
import { moduleWeights, parseWeights, type WeightSpec } from '../read/weights.js';

/** `undefined`: unit costs. `size`: each module's input file size. Anything else: a weights or timings file. */
export async function resolveWeights(
  option: string | undefined,
  modules: readonly ModuleImports[],
  cwd: string,
  maxProblems?: number,
): Promise<((names: readonly string[]) => Float64Array) | undefined> {
  if (option === undefined && modules.some((m) => m.cost !== undefined)) {
    // A JSON graph's own costs (importgraph.json read back plans as it was written).
    const costs = new Map(modules.flatMap((m) => (m.cost === undefined ? [] : [[m.module, m.cost] as const])));
    return (names) => moduleWeights(names, { kind: 'costs', costs }).weight;
  }
  if (option === undefined || option === 'unit') return undefined;
  let spec: WeightSpec;
  if (option === 'size') {
    const sizes = new Map<string, number>();
    for (const m of modules) {
      const size = await stat(m.file).then(
        (s) => s.size,
        (cause: unknown) => Promise.reject(new ImportGraphError('E_NO_INPUT', `cannot read the size of \`${m.file}\`: ${(cause as Error).message}`, { cause })),
      );
      sizes.set(m.module, size);
    }
    spec = { kind: 'size', sizes };
  } else {
    const path = option;
    const text = await readInputText(resolve(cwd, path), 'weights file', path);
    // Parsed now, so a bad weights file stops the run before any work, with every problem located.
    spec = { kind: 'costs', costs: parseWeights(path, text, maxProblems) };
  }
  return (names) => moduleWeights(names, spec).weight;
}
