// Turns a module-name term (`a`, `a.b`, `io__file`, `transform_hlds.'lambda'`) into the dotted name the rest of importgraph uses.

import type { InputProblem } from '../errors.js';
import { moduleNameProblem } from './name-policy.js';
import { describeTerm, type Term } from './term.js';

/**
 * The dotted module name a term denotes, or undefined after pushing a
 * problem ("expected a module name, found ...", or the name policy's
 * refusal: src/read/name-policy.ts) for the offending subterm.
 * An atom containing `__` is qualified by it (`io__file` is `io.file`);
 * quoting does not matter (`'lambda'` is `lambda`).
 */
export function moduleNameOf(term: Term, file: string, problems: InputProblem[]): string | undefined {
  const name = moduleName(term);
  if (name !== undefined) {
    const refused = moduleNameProblem(term, name, file);
    if (refused === undefined) return name;
    problems.push(refused);
    return undefined;
  }
  const bad = firstBadPart(term);
  problems.push({ file, line: bad.line, column: bad.column, message: `expected a module name, found ${describeTerm(bad)}` });
  return undefined;
}

/** The dotted module name a term denotes, or undefined when it is not a module name. */
export function moduleName(term: Term): string | undefined {
  // Fast path for the common `a` and `a.b`.
  if (term.kind === 'atom') return atomModuleName(term);
  if (term.kind === 'compound' && term.functor === '.' && term.args.length === 2) {
    const q = term.args[0]!;
    const n = term.args[1]!;
    if (q.kind === 'atom' && n.kind === 'atom') {
      const qs = atomModuleName(q);
      const ns = atomModuleName(n);
      return qs === undefined || ns === undefined ? undefined : `${qs}.${ns}`;
    }
  }
  // The general case: every leaf of the `.` tree, left to right, must be an atom.
  const parts: string[] = [];
  for (const leaf of dotLeaves(term)) {
    const part = atomModuleName(leaf);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return parts.join('.');
}

/**
 * The leaves of a `.` tree left to right: `a.b.c` is `'.'('.'(a, b), c)`,
 * `a.(b.c)` has the same leaves. An explicit stack, not recursion: a term can
 * be nested a million deep.
 */
function* dotLeaves(term: Term): Generator<Term> {
  const stack: Term[] = [term];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.kind === 'compound' && t.functor === '.' && t.args.length === 2) {
      stack.push(t.args[1]!, t.args[0]!);
    } else {
      yield t;
    }
  }
}

/** An atom as a module name: `io__file` is `io.file`; a name with an empty `__` component is taken as written. */
function atomModuleName(t: Term): string | undefined {
  if (t.kind !== 'atom' || t.name === '') return undefined;
  if (!t.name.includes('__')) return t.name;
  const parts = t.name.split('__');
  return parts.includes('') ? t.name : parts.join('.');
}

/** The subterm that spoils a would-be module name (the last leaf that is not a name part), so the problem points at it. */
function firstBadPart(term: Term): Term {
  let bad = term;
  for (const leaf of dotLeaves(term)) if (atomModuleName(leaf) === undefined) bad = leaf;
  return bad;
}
