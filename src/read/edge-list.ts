// Reads a graph given as a TSV edge list (`importer<TAB>imported`, or a module alone on its line), for builds that are not Mercury.
/*
 * Blank lines and lines starting with `#` are skipped. Every name in the file
 * is a module of the build (an edge list has no "outside"); each is held to
 * the module name policy, every problem located as file:line:column.
 */
import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import { ENTITY_KINDS, type ImportedEntities, type ModuleImports } from '../model.js';
import { moduleNameRefusal, showText } from './name-policy.js';

// One frozen empty list per kind, shared by every edge: a million edges make no million objects (nothing downstream mutates entities).
const NO_ENTITIES = Object.freeze(Object.fromEntries(ENTITY_KINDS.map((k) => [k, Object.freeze([])]))) as unknown as ImportedEntities;

/** The modules of one edge-list file, or `E_INPUT` with every problem (up to `maxProblems`). */
export function parseEdgeList(file: string, text: string, maxProblems = 50): ModuleImports[] {
  const modules = new Map<string, ModuleImports>();
  const problems: InputProblem[] = [];
  const moduleOf = (name: string): ModuleImports => {
    let m = modules.get(name);
    if (m === undefined) modules.set(name, (m = { module: name, file, imports: [] }));
    return m;
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && problems.length < maxProblems; i++) {
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const text = i === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '' || text.startsWith('#')) continue;
    const fields = text.split('\t');
    if (fields.length > 2) {
      problems.push({ file, line: i + 1, column: fields[0].length + fields[1].length + 3, message: `expected \`importer<TAB>imported\`, found a third field ${showText(fields[2])}` });
      continue;
    }
    let column = 1;
    const names: string[] = [];
    for (const field of fields) {
      // A name seen before was accepted then: each distinct name is checked once.
      const refusal = modules.has(field) ? undefined : moduleNameRefusal(field);
      if (refusal !== undefined) problems.push({ file, line: i + 1, column, message: refusal });
      else names.push(field);
      column += field.length + 1;
    }
    if (names.length !== fields.length) continue;
    const importer = moduleOf(names[0]);
    if (names.length === 2) {
      moduleOf(names[1]);
      if (names[1] !== names[0]) importer.imports.push({ module: names[1], entities: NO_ENTITIES, line: i + 1 });
    }
  }
  if (problems.length > 0) throw new ImportGraphError('E_INPUT', problems.map(formatProblem).join('\n'), { problems });
  return [...modules.values()];
}
