// Honours a user's --trans-opt-deps-spec as mmc does: reads it, reports its errors and warnings, and orders by it.
import { resolve } from 'node:path';
import type { InputProblem } from '../errors.js';
import { specOrder, type SpecOrder } from '../order/spec-order.js';
import { readInputText } from '../read/input-text.js';
import { parseTransOptDepsSpec } from '../read/trans-opt-deps-spec.js';
import type { OrderStrategy } from './analyze.js';

export interface SpecFile {
  file: string;
  text: string;
}

/** Reads the spec file; one that cannot be read is an input error, as for any input. */
export async function readSpecFile(file: string, cwd: string): Promise<SpecFile> {
  const text = await readInputText(resolve(cwd, file), 'trans-opt-deps spec', file);
  return { file, text };
}

/** What the spec did: its messages (a spec with errors is ignored, as mmc ignores it) and mmc's order under it. */
export interface SpecOutcome {
  messages: InputProblem[];
  result: SpecOrder;
}

// Parsing needs the module names (to warn about unknown ones), so it happens when the strategy runs.
export function specStrategy(spec: SpecFile, onSpec: (outcome: SpecOutcome) => void): OrderStrategy {
  return (moduleGraph) => {
    const parsed = parseTransOptDepsSpec(spec.text, spec.file, new Set(moduleGraph.names));
    const result = specOrder(moduleGraph.graph, moduleGraph.names, parsed.entries);
    onSpec({ messages: [...parsed.errors, ...parsed.warnings], result });
    return result.order;
  };
}
