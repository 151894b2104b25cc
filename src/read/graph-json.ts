// Reads a graph given directly as JSON (importgraph.json's modules and imports; everything else optional), for builds that are not Mercury.
/*
 * {"modules": [{"name": "a", "file"?: "...", "cost"?: 3} | "a", ...],
 *  "imports": [{"importer": "a", "imported": "b", "entities"?: {"preds": [["foldl", 4]], ...}, "line"?: 7}, ...]}
 * Every problem is located as file:line:column, the message starting with
 * the JSON pointer of the value at fault. An import of a module the document
 * does not list is an import from outside the build, as in `.import_info`.
 */
import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom, type ModuleImports } from '../model.js';
import { MAX_COST } from './weights.js';
import { jsonSyntaxError } from './json-syntax-error.js';
import { jsonPointer, jsonValuePosition, positionAt } from './json-position.js';
import { moduleNameRefusal, showText } from './name-policy.js';

type Path = (string | number)[];

/** The modules of one JSON graph file, or `E_INPUT` with every problem (up to `maxProblems`). */
export function parseGraphJson(file: string, text: string, maxProblems = 50): ModuleImports[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (cause) {
    const { offset, message } = jsonSyntaxError(body, cause as Error);
    throw fail([{ file, ...positionAt(body, offset), message }], cause);
  }
  const faults: { path: Path; message: string }[] = [];
  const fault = (path: Path, message: string): void => void (faults.length < maxProblems && faults.push({ path, message }));
  const modules = readModules(doc, fault, file);
  readImports(doc, modules, fault);
  if (faults.length > 0) throw fail(faults.map(({ path, message }) => ({ file, ...jsonValuePosition(body, path), message: `${jsonPointer(path)}: ${message}` })));
  return [...modules.values()];
}

function fail(problems: InputProblem[], cause?: unknown): ImportGraphError {
  return new ImportGraphError('E_INPUT', problems.map(formatProblem).join('\n'), { problems, cause });
}

type Fault = (path: Path, message: string) => void;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const found = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x === 'string' ? `the string ${showText(x)}` : typeof x === 'object' ? 'an object' : x === undefined ? 'nothing' : `${typeof x} ${String(x)}`);

function moduleName(value: unknown, path: Path, fault: Fault): string | undefined {
  if (typeof value !== 'string') return fault(path, `expected a module name (a string), found ${found(value)}`), undefined;
  const refusal = moduleNameRefusal(value);
  return refusal === undefined ? value : (fault(path, refusal), undefined);
}

function readModules(doc: unknown, fault: Fault, file: string): Map<string, ModuleImports & { cost?: number }> {
  const modules = new Map<string, ModuleImports & { cost?: number }>();
  if (!isObject(doc)) return fault([], `expected an object with "modules" and "imports", found ${found(doc)}`), modules;
  if (!Array.isArray(doc.modules)) return fault(doc.modules === undefined ? [] : ['modules'], `expected "modules": an array of modules, found ${found(doc.modules)}`), modules;
  doc.modules.forEach((entry: unknown, i: number) => {
    const named = typeof entry === 'string';
    if (!named && !isObject(entry)) return fault(['modules', i], `expected a module ({"name": ...} or its name), found ${found(entry)}`);
    const name = moduleName(named ? entry : entry.name, named ? ['modules', i] : ['modules', i, 'name'], fault);
    if (name === undefined) return;
    if (modules.has(name)) return fault(['modules', i], `module ${showText(name)} is listed twice`);
    const module: ModuleImports & { cost?: number } = { module: name, file, imports: [] };
    if (isObject(entry)) {
      if (entry.file !== undefined && typeof entry.file !== 'string') return fault(['modules', i, 'file'], `expected a file name (a string), found ${found(entry.file)}`);
      if (typeof entry.file === 'string') module.file = entry.file;
      if (entry.cost !== undefined) {
        if (typeof entry.cost !== 'number' || !(entry.cost >= 0 && entry.cost <= MAX_COST)) return fault(['modules', i, 'cost'], `expected a cost from 0 to 10^12, found ${found(entry.cost)}`);
        module.cost = entry.cost;
      }
    }
    modules.set(name, module);
  });
  return modules;
}

function readImports(doc: unknown, modules: Map<string, ModuleImports>, fault: Fault): void {
  let listed: Set<string> | undefined;
  const imports = (doc as Record<string, unknown>).imports;
  if (imports === undefined) return;
  if (!Array.isArray(imports)) return fault(['imports'], `expected "imports": an array of imports, found ${found(imports)}`);
  imports.forEach((entry: unknown, i: number) => {
    if (!isObject(entry)) return fault(['imports', i], `expected an import {"importer": ..., "imported": ...}, found ${found(entry)}`);
    const importer = moduleName(entry.importer, ['imports', i, 'importer'], fault);
    const imported = moduleName(entry.imported, ['imports', i, 'imported'], fault);
    if (importer === undefined || imported === undefined) return;
    const module = modules.get(importer);
    // A module refused in "modules" was reported there.
    if (module === undefined) return (listed ??= listedNames(doc)).has(importer) ? undefined : fault(['imports', i, 'importer'], `module ${showText(importer)} is not in "modules"`);
    const line = entry.line === undefined ? 1 : entry.line;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return fault(['imports', i, 'line'], `expected a line number (a whole number from 1), found ${found(line)}`);
    const entities = readEntities(entry.entities, ['imports', i, 'entities'], fault);
    if (entities !== undefined) module.imports.push({ module: imported, entities, line } satisfies ImportedFrom);
  });
}

/** Every name "modules" lists, accepted or not. */
function listedNames(doc: unknown): Set<string> {
  const list = (doc as { modules?: unknown }).modules;
  const names = new Set<string>();
  if (Array.isArray(list)) for (const m of list) names.add(typeof m === 'string' ? m : isObject(m) && typeof m.name === 'string' ? m.name : '');
  return names;
}

function readEntities(value: unknown, path: Path, fault: Fault): ImportedEntities | undefined {
  const entities = Object.fromEntries(ENTITY_KINDS.map((k) => [k, []])) as unknown as ImportedEntities;
  if (value === undefined) return entities;
  if (!isObject(value)) return fault(path, `expected entities by kind ({"preds": [["name", arity], ...], ...}), found ${found(value)}`), undefined;
  for (const [kind, list] of Object.entries(value)) {
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) return fault([...path, kind], `expected one of the kinds ${ENTITY_KINDS.join(', ')}, found ${showText(kind)}`), undefined;
    if (!Array.isArray(list)) return fault([...path, kind], `expected a list of ["name", arity], found ${found(list)}`), undefined;
    for (let j = 0; j < list.length; j++) {
      const item: unknown = list[j];
      if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string' || typeof item[1] !== 'number' || !Number.isInteger(item[1]) || item[1] < 0) {
        return fault([...path, kind, j], `expected ["name", arity] (arity a whole number), found ${Array.isArray(item) ? JSON.stringify(item).slice(0, 80) : found(item)}`), undefined;
      }
      entities[kind as keyof ImportedEntities].push({ name: item[0], arity: item[1] });
    }
  }
  return entities;
}
