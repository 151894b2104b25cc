// Reads a `--trans-opt-deps-spec` file with mmc's own rules, so the Mercury team's hand-made cycle breaks mean here what they mean to mmc.
//
// Semantics (compiler/opt_deps_spec.m): terms `module_allow_deps(M, [...])` and
// `module_disallow_deps(M, [...])`. Errors (a syntax error, which also stops the
// reading; a term of another shape; a second argument that is not a list; a list
// item that is not a module name; a second entry for one module) make the whole
// file ignored, with a last message saying so. Warnings need the graph: a module
// name that is not in it, a name listed twice in one list. An allow list gets
// `builtin` and `private_builtin` prepended (unless M is one of them); like mmc,
// "listed twice" counts them as the 1st and 2nd names, but an implicit name
// missing from the graph is not warned about (the user did not write it).
import type { InputProblem } from '../errors.js';
import { moduleName } from './module-name.js';
import { describeTerm, listItems, type Term } from './term.js';
import { TermReader } from './term-parser.js';

export type SpecKind = 'allow' | 'disallow';

export interface SpecTarget {
  module: string;
  /** Where the name is written; 0:0 for the implicit `builtin` and `private_builtin`. */
  line: number;
  column: number;
}

/** One `module_allow_deps(M, [...])` or `module_disallow_deps(M, [...])` term. */
export interface SpecEntry {
  module: string;
  kind: SpecKind;
  /** As written, in order; for `allow`, the implicit `builtin` and `private_builtin` first. */
  targets: SpecTarget[];
  /** Position of the first argument (M), as mmc reports it. */
  line: number;
  column: number;
}

export interface TransOptDepsSpec {
  /** Empty when there are errors: the whole file is then ignored. */
  entries: SpecEntry[];
  /** Each error, then `Ignoring FILE due to the presence of errors.` when there are any. */
  errors: InputProblem[];
  /** Unknown module names and names listed twice (only when `knownModules` is given and there are no errors). */
  warnings: InputProblem[];
}

const SHAPE = 'either `module_allow_deps(module_name, module_name_list)` or `module_disallow_deps(module_name, module_name_list)`';
const IMPLICIT = ['builtin', 'private_builtin'];

/**
 * Parses the text of a spec file. `knownModules`: the modules of the
 * dependency graph, for the warnings.
 */
export function parseTransOptDepsSpec(text: string, file: string, knownModules?: ReadonlySet<string>): TransOptDepsSpec {
  const errors: InputProblem[] = [];
  const entries: SpecEntry[] = [];
  const byModule = new Map<string, SpecEntry>();
  const reader = new TermReader(text, file);
  for (;;) {
    const r = reader.read();
    if (r.kind === 'eof') break;
    if (r.kind === 'problem') {
      // mmc stops at a read error.
      errors.push({ ...r.problem, message: `read error: ${r.problem.message}` });
      break;
    }
    const entry = entryOf(r.term, file, errors);
    if (entry === undefined) continue;
    const old = byModule.get(entry.module);
    if (old !== undefined) {
      errors.push({
        file,
        line: entry.line,
        column: entry.column,
        message: `duplicate entry for source module \`${entry.module}\`; the original entry is at ${file}:${old.line}:${old.column}`,
      });
      continue;
    }
    byModule.set(entry.module, entry);
    entries.push(entry);
  }
  if (errors.length > 0) {
    const last = errors.reduce((a, b) => (b.line > a.line || (b.line === a.line && b.column > a.column) ? b : a));
    errors.push({ file, line: last.line, column: last.column, message: `Ignoring ${file} due to the presence of errors.` });
    return { entries: [], errors, warnings: [] };
  }
  const warnings = knownModules === undefined ? [] : specWarnings(entries, file, knownModules);
  return { entries, errors, warnings };
}

function entryOf(term: Term, file: string, errors: InputProblem[]): SpecEntry | undefined {
  const kind: SpecKind | undefined =
    term.kind === 'compound' && term.args.length === 2
      ? term.functor === 'module_allow_deps'
        ? 'allow'
        : term.functor === 'module_disallow_deps'
          ? 'disallow'
          : undefined
      : undefined;
  const source = kind !== undefined && term.kind === 'compound' ? moduleName(term.args[0]!) : undefined;
  if (kind === undefined || source === undefined || term.kind !== 'compound') {
    errors.push({ file, line: term.line, column: term.column, message: `expected ${SHAPE}, got ${describeTerm(term)}` });
    return undefined;
  }
  const [left, right] = term.args as [Term, Term];
  const items = listItems(right);
  if (items === undefined) {
    errors.push({ file, line: right.line, column: right.column, message: `expected a list, got ${describeTerm(right)}` });
    return undefined;
  }
  const targets: SpecTarget[] = [];
  let ok = true;
  for (const item of items) {
    const name = moduleName(item);
    if (name === undefined) {
      errors.push({ file, line: item.line, column: item.column, message: `expected a module name, got ${describeTerm(item)}` });
      ok = false;
    } else {
      targets.push({ module: name, line: item.line, column: item.column });
    }
  }
  if (!ok) return undefined;
  // mmc allows builtin and private_builtin implicitly: they come first.
  const implicit = kind === 'allow' && !IMPLICIT.includes(source) ? IMPLICIT.map((module) => ({ module, line: 0, column: 0 })) : [];
  return { module: source, kind, targets: implicit.concat(targets), line: left.line, column: left.column };
}

/** mmc's warnings for a spec that read without errors, in file order. */
export function specWarnings(entries: readonly SpecEntry[], file: string, known: ReadonlySet<string>): InputProblem[] {
  const warnings: InputProblem[] = [];
  for (const entry of entries) {
    const what = entry.kind === 'allow' ? 'allowed' : 'disallowed';
    if (!known.has(entry.module)) {
      warnings.push({ file, line: entry.line, column: entry.column, message: `the module name \`${entry.module}\` does not occur in the dependency graph` });
    }
    const firstAt = new Map<string, number>();
    entry.targets.forEach((t, i) => {
      const n = i + 1;
      if (!known.has(t.module)) {
        if (t.line > 0) warnings.push({ file, line: t.line, column: t.column, message: `the ${nth(n)} ${what} module name \`${t.module}\` does not occur in the dependency graph` });
        return;
      }
      const old = firstAt.get(t.module);
      if (old === undefined) firstAt.set(t.module, n);
      else warnings.push({ file, line: t.line, column: t.column, message: `the ${nth(n)} ${what} module name \`${t.module}\` is the same as the ${nth(old)} ${what} module name` });
    });
  }
  return warnings.sort((a, b) => a.line - b.line || a.column - b.column);
}

function nth(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
