// Loads the standard library's mmc graph and the team's spec once, for the tests that compare with mmc's own results.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModuleGraph, type ModuleGraph } from '../../src/graph/module-graph.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import type { CompactGraph } from '../../src/graph/compact-graph.js';
import { examplesDir, fixturesDir } from './project.js';

export const librarySpecPath = join(examplesDir, 'mercury-library', 'mer_std.trans_opt_deps_spec');
export const libraryReferenceDir = join(fixturesDir, 'mercury-library', 'reference');

export async function libraryGraph(): Promise<ModuleGraph> {
  const dir = join(examplesDir, 'mercury-library', 'import_info');
  const files = readdirSync(dir).filter((f) => f.endsWith('.import_info')).map((f) => join(dir, f));
  const { modules } = await readImportInfos(files);
  return buildModuleGraph(modules);
}

/** Lines of a reference TSV as `a\tb` pairs. */
export function referencePairs(name: string): Set<string> {
  return new Set(readFileSync(join(libraryReferenceDir, name), 'utf8').split('\n').filter((l) => l !== ''));
}

/** Every (a, b) with b reachable from a, as `a\tb` with names. */
export function closureNamePairs(g: CompactGraph, names: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let s = 0; s < g.nodeCount; s++) {
    const seen = new Uint8Array(g.nodeCount);
    const stack = [s];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
        const w = g.targets[e];
        if (seen[w]) continue;
        seen[w] = 1;
        pairs.add(`${names[s]}\t${names[w]}`);
        stack.push(w);
      }
    }
  }
  return pairs;
}
