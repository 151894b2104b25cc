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
  // Iterative over the left spine: `a.b.c` is `'.'('.'(a, b), c)`.
  const parts: string[] = [];
  let t: Term = term;
  while (t.kind === 'compound' && t.functor === '.' && t.args.length === 2) {
    const right = moduleName(t.args[1]!);
    if (right === undefined) return undefined;
    parts.push(right);
    t = t.args[0]!;
  }
  const first = atomModuleName(t);
  if (first === undefined) return undefined;
  parts.push(first);
  return parts.reverse().join('.');
}

/** An atom as a module name: `io__file` is `io.file`; a name with an empty `__` component is taken as written. */
function atomModuleName(t: Term): string | undefined {
  if (t.kind !== 'atom' || t.name === '') return undefined;
  if (!t.name.includes('__')) return t.name;
  const parts = t.name.split('__');
  return parts.includes('') ? t.name : parts.join('.');
}

/** The innermost subterm that spoils a would-be module name, so the problem points at it. */
function firstBadPart(term: Term): Term {
  let t = term;
  while (t.kind === 'compound' && t.functor === '.' && t.args.length === 2) {
    if (moduleName(t.args[1]!) === undefined) return firstBadPart(t.args[1]!);
    t = t.args[0]!;
  }
  return t;
}
