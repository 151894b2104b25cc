// Decodes one `.import_info` file (a `module_imports(M, [...])` term) into ModuleImports, reporting every wrong shape it finds.

import type { InputProblem, SourcePosition } from '../errors.js';
import { ENTITY_KINDS, type EntityKind, type ImportedEntities, type ImportedFrom, type ModuleImports, type NameArity } from '../model.js';
import { appendAll } from './append-all.js';
import { moduleName, moduleNameOf } from './module-name.js';
import { describeTerm, listItems, type CompoundTerm, type Term } from './term.js';
import { TermReader, inputError } from './term-parser.js';

const TOP_SHAPE = '`module_imports(Module, [...])`';
const ENTRY_SHAPE = '`module_imports_from(Module, [...])`';
const ENTITY_SHAPE = '`Name/Arity` or `name_arity("Name", Arity)`';
const GROUP_SHAPE = ENTITY_KINDS.map((k) => `\`imported_${k}(...)\``).join(', ');
/** Arities above this are taken as a mistake. */
const MAX_ARITY = 1_000_000n;

/** A decoded file with where its module name is written (for "defined by both" problems). */
export interface DecodedImportInfo {
  imports: ModuleImports;
  modulePosition: SourcePosition;
}

/**
 * Decodes the text of one `.import_info` file. Throws `ImportGraphError`
 * `E_INPUT` listing every problem found (a syntax error stops at itself; a
 * well-formed term with wrong shapes yields one problem per bad subterm).
 */
export function decodeImportInfo(text: string, file: string): ModuleImports {
  return decodeImportInfoAt(text, file).imports;
}

/** As `decodeImportInfo`, also giving the position of the module name. */
export function decodeImportInfoAt(text: string, file: string): DecodedImportInfo {
  const problems: InputProblem[] = [];
  const reader = new TermReader(text, file);
  const first = reader.read();
  if (first.kind === 'problem') throw inputError([first.problem]);
  if (first.kind === 'eof') {
    throw inputError([{ file, line: first.line, column: first.column, message: `expected ${TOP_SHAPE}, found end of file` }]);
  }
  const second = reader.read();
  if (second.kind === 'problem') problems.push(second.problem);
  else if (second.kind === 'term') {
    problems.push({ file, line: second.term.line, column: second.term.column, message: `expected one term per file, found a second term ${describeTerm(second.term)}` });
  }
  const decoded = decodeTop(first.term, file, problems);
  if (problems.length > 0 || decoded === undefined) throw inputError(problems);
  return decoded;
}

function problem(problems: InputProblem[], file: string, at: Term, expected: string): void {
  problems.push({ file, line: at.line, column: at.column, message: `expected ${expected}, found ${describeTerm(at)}` });
}

/** The term when it is `functor(...)` with `arity` arguments. */
function asCompound(t: Term, functor: string, arity: number): CompoundTerm | undefined {
  return t.kind === 'compound' && t.functor === functor && t.args.length === arity ? t : undefined;
}

function decodeTop(term: Term, file: string, problems: InputProblem[]): DecodedImportInfo | undefined {
  const top = asCompound(term, 'module_imports', 2);
  if (top === undefined) {
    problem(problems, file, term, TOP_SHAPE);
    return undefined;
  }
  const moduleTerm = top.args[0]!;
  const entriesTerm = top.args[1]!;
  const module = moduleNameOf(moduleTerm, file, problems);
  const entries = listItems(entriesTerm);
  if (entries === undefined) {
    problem(problems, file, entriesTerm, `a list of ${ENTRY_SHAPE}`);
    return undefined;
  }
  const byModule = new Map<string, ImportedFrom>();
  for (const entry of entries) {
    const from = decodeEntry(entry, file, problems);
    if (from === undefined) continue;
    const seen = byModule.get(from.module);
    if (seen === undefined) byModule.set(from.module, from);
    else for (const kind of ENTITY_KINDS) appendAll(seen.entities[kind], from.entities[kind]);
  }
  if (module === undefined) return undefined;
  return {
    imports: { module, file, imports: [...byModule.values()] },
    modulePosition: { line: moduleTerm.line, column: moduleTerm.column },
  };
}

function emptyEntities(): ImportedEntities {
  return { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] };
}

function decodeEntry(entry: Term, file: string, problems: InputProblem[]): ImportedFrom | undefined {
  const from = asCompound(entry, 'module_imports_from', 2);
  if (from === undefined) {
    problem(problems, file, entry, ENTRY_SHAPE);
    return undefined;
  }
  const moduleTerm = from.args[0]!;
  const groupsTerm = from.args[1]!;
  const module = moduleNameOf(moduleTerm, file, problems);
  const groups = listItems(groupsTerm);
  const entities = emptyEntities();
  if (groups === undefined) {
    problem(problems, file, groupsTerm, `a list of ${GROUP_SHAPE}`);
    return undefined;
  }
  let ok = module !== undefined;
  for (const group of groups) {
    if (!decodeGroup(group, entities, file, problems)) ok = false;
  }
  return ok ? { module: module!, entities, line: entry.line } : undefined;
}

/** `imported_preds([...])` and its kin into `entities`; false after a problem. */
function decodeGroup(group: Term, entities: ImportedEntities, file: string, problems: InputProblem[]): boolean {
  const kind = group.kind === 'compound' && group.args.length === 1 && group.functor.startsWith('imported_') ? (group.functor.slice(9) as EntityKind) : undefined;
  if (kind === undefined || !ENTITY_KINDS.includes(kind)) {
    problem(problems, file, group, `one of ${GROUP_SHAPE}`);
    return false;
  }
  const arg = (group as { args: Term[] }).args[0]!;
  // `imported_typeclasses` takes one item or a list; the others a list.
  let items = listItems(arg);
  if (items === undefined) {
    if (kind !== 'typeclasses') {
      problem(problems, file, arg, `a list of ${ENTITY_SHAPE}`);
      return false;
    }
    items = [arg];
  }
  // `map` makes arrays of exact size: with 100,000 modules, grown arrays would waste hundreds of MB.
  const decoded = items.map((item) => decodeNameArity(item, file, problems));
  if (decoded.includes(undefined)) return false;
  const list = decoded as NameArity[];
  if (entities[kind].length === 0) entities[kind] = list;
  else appendAll(entities[kind], list);
  return true;
}

function decodeNameArity(item: Term, file: string, problems: InputProblem[]): NameArity | undefined {
  let name: string | undefined;
  let arityTerm: Term;
  const slash = asCompound(item, '/', 2);
  const nameArity = asCompound(item, 'name_arity', 2);
  if (slash !== undefined) {
    name = entityName(slash.args[0]!);
    if (name === undefined) {
      problem(problems, file, slash.args[0]!, 'a name (an atom, maybe module-qualified)');
      return undefined;
    }
    arityTerm = slash.args[1]!;
  } else if (nameArity !== undefined) {
    const nameTerm = nameArity.args[0]!;
    if (nameTerm.kind !== 'string') {
      problem(problems, file, nameTerm, 'a name in double quotes');
      return undefined;
    }
    name = nameTerm.value;
    arityTerm = nameArity.args[1]!;
  } else {
    problem(problems, file, item, ENTITY_SHAPE);
    return undefined;
  }
  if (arityTerm.kind !== 'integer' || arityTerm.value < 0n || arityTerm.value > MAX_ARITY) {
    problem(problems, file, arityTerm, 'an arity (a non-negative integer)');
    return undefined;
  }
  return { name, arity: Number(arityTerm.value) };
}

/** `map`, `list.map`, `(+)`, `'[|]'`: the last part verbatim, the qualifier as a module name. */
function entityName(t: Term): string | undefined {
  if (t.kind === 'atom') return t.name;
  const dot = asCompound(t, '.', 2);
  const last = dot?.args[1];
  if (dot !== undefined && last?.kind === 'atom') {
    const qualifier = moduleName(dot.args[0]!);
    return qualifier === undefined ? undefined : `${qualifier}.${last.name}`;
  }
  return undefined;
}
