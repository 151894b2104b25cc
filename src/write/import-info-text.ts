// Renders a ModuleImports as `.import_info` text, so `importgraph scan` output is read back by the same decoder as mmc's files.
import type { ModuleImports, NameArity } from '../model.js';
import { ENTITY_KINDS } from '../model.js';
import { moduleNameTerm } from './trans-opt-deps-spec-file.js';

function nameArity(x: NameArity): string {
  return `name_arity(${JSON.stringify(x.name)}, ${x.arity})`;
}

/** One `module_imports(M, [...])` term, one entry a line. */
export function importInfoText(m: ModuleImports): string {
  const entries = m.imports.map((i) => {
    const entities = i.entities; // read once: a lazily read entry decodes on each read
    const groups = ENTITY_KINDS.filter((k) => entities[k].length > 0).map((k) => `imported_${k}([${entities[k].map(nameArity).join(', ')}])`);
    return `    module_imports_from(${moduleNameTerm(i.module)}, [${groups.join(', ')}])`;
  });
  return `module_imports(${moduleNameTerm(m.module)}, [\n${entries.join(',\n')}\n]).\n`;
}
