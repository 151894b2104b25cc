// The Term type the parser produces, and how a term is shown in messages ("found `foo/2`").

import { isOperatorName } from './operators.js';

interface Positioned {
  /** 1-based line and column where the term's text begins. */
  line: number;
  column: number;
}

export interface AtomTerm extends Positioned {
  kind: 'atom';
  name: string;
  /** Written in single quotes. */
  quoted: boolean;
}
export interface VariableTerm extends Positioned {
  kind: 'variable';
  name: string;
}
export interface IntegerTerm extends Positioned {
  kind: 'integer';
  value: bigint;
}
export interface FloatTerm extends Positioned {
  kind: 'float';
  value: number;
}
export interface StringTerm extends Positioned {
  kind: 'string';
  value: string;
}
/** `f(A, B)`, an operator term (`A / B` is functor `/`), a list cell (`'[|]'`), a tuple (`'{}'`). */
export interface CompoundTerm extends Positioned {
  kind: 'compound';
  functor: string;
  args: Term[];
}
export type Term = AtomTerm | VariableTerm | IntegerTerm | FloatTerm | StringTerm | CompoundTerm;

/** The empty list and the list constructor, as Mercury names them. */
export const NIL = '[]';
export const CONS = '[|]';

const MAX_SHOWN = 60;

/** A short source-like rendering of a term, in backquotes, for "found ..." messages. */
export function describeTerm(t: Term): string {
  const s = showTerm(t, 0);
  return `\`${s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 3)}...` : s}\``;
}

function showAtom(name: string): string {
  if (/^[a-z][A-Za-z0-9_]*$/.test(name) || /^[#$&*+\-./:<=>?@^~\\]+$/.test(name) || name === '[]' || name === '{}' || name === '!' || name === ';') {
    return name;
  }
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "''").replace(/\n/g, '\\n')}'`;
}

// `depth` stops rendering of huge terms early; the result is cut to MAX_SHOWN anyway.
function showTerm(t: Term, depth: number): string {
  if (depth > 6) return '...';
  switch (t.kind) {
    case 'atom':
      return isOperatorName(t.name) && depth > 0 ? `(${showAtom(t.name)})` : showAtom(t.name);
    case 'variable':
      return t.name;
    case 'integer':
      return String(t.value);
    case 'float':
      return String(t.value);
    case 'string':
      return JSON.stringify(t.value);
    case 'compound': {
      if (t.functor === CONS && t.args.length === 2) return showList(t, depth);
      const args = t.args.map((a) => showTerm(a, depth + 1));
      if (t.args.length === 2 && (t.functor === '.' || t.functor === '/')) return `${args[0]}${t.functor}${args[1]}`;
      if (t.args.length === 2 && isOperatorName(t.functor)) return `${args[0]} ${t.functor} ${args[1]}`;
      if (t.functor === '{}') return `{${args.join(', ')}}`;
      return `${showAtom(t.functor)}(${args.join(', ')})`;
    }
  }
}

function showList(t: CompoundTerm, depth: number): string {
  const items: string[] = [];
  let rest: Term = t;
  while (rest.kind === 'compound' && rest.functor === CONS && rest.args.length === 2 && items.length < 8) {
    items.push(showTerm(rest.args[0]!, depth + 1));
    rest = rest.args[1]!;
  }
  if (rest.kind === 'atom' && rest.name === NIL) return `[${items.join(', ')}]`;
  if (rest.kind === 'compound' && rest.functor === CONS) return `[${items.join(', ')}, ...]`;
  return `[${items.join(', ')} | ${showTerm(rest, depth + 1)}]`;
}

/** The items of a proper list term, or undefined when the term is not one (`[a | T]`, `foo`). */
export function listItems(t: Term): Term[] | undefined {
  const items: Term[] = [];
  let rest = t;
  while (rest.kind === 'compound' && rest.functor === CONS && rest.args.length === 2) {
    items.push(rest.args[0]!);
    rest = rest.args[1]!;
  }
  return rest.kind === 'atom' && rest.name === NIL ? items : undefined;
}
