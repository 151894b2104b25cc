// Turns scanned `.m` modules into the pipeline's ModuleImports, adding what submodules inherit, as mmc's graph has it.
//
// A submodule depends on each ancestor and on everything the ancestor imports
// (explicitly or implicitly); ancestors are found by name among the modules
// scanned together (an ancestor not scanned is still an import, outside the
// build). Entity lists are empty: only the compiler knows them. O(total imports).
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom, type ModuleImports } from '../model.js';
import type { ScannedModule } from './mercury-source.js';

function emptyEntities(): ImportedEntities {
  const e = {} as ImportedEntities;
  for (const kind of ENTITY_KINDS) e[kind] = [];
  return e;
}

export function sourceModuleImports(scanned: readonly ScannedModule[]): ModuleImports[] {
  const byName = new Map(scanned.map((m) => [m.module, m] as const));
  return scanned.map((m) => {
    const seen = new Set<string>();
    const imports: ImportedFrom[] = [];
    const add = (module: string, line: number): void => {
      if (module === m.module || seen.has(module)) return;
      seen.add(module);
      imports.push({ module, entities: emptyEntities(), line });
    };
    for (const i of m.imports) add(i.module, i.line);
    const parts = m.module.split('.');
    for (let k = parts.length - 1; k >= 1; k--) {
      const ancestor = parts.slice(0, k).join('.');
      add(ancestor, m.line);
      for (const i of byName.get(ancestor)?.imports ?? []) add(i.module, m.line);
    }
    return { module: m.module, file: m.file, imports };
  });
}
