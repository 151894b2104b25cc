// Makes an import entry's one-line entity label (`preds: map/3; types: t/0`) straight from its file's text when the lists have the plain shape: the viewer labels a million imports at 100,000 modules without building an entity.
/*
 * The lists are followed by plain-entity-lists; a quoted name with an escape
 * or a surrogate is not plain, and the caller then labels the decoded
 * entities (write/entity-label). Both give the same text
 * (test/read/entity-label-text.test.ts).
 */
import { CharCode as C, identifierEnd } from './char-codes.js';
import { KIND_NAMES, PlainListReader } from './plain-entity-lists.js';

/** A label and the number of entities it names. */
export interface PlainLabel {
  label: string;
  count: number;
}

/** Each kind as it starts a label and a later part of it. */
const FIRST_KINDS = KIND_NAMES.map((kind) => `${kind}: `);
const NEXT_KINDS = KIND_NAMES.map((kind) => `; ${kind}: `);

// Items as `name/arity`, a quoted name in parentheses unless it is written like an identifier.
const reader = new PlainListReader({
  fits: verbatim,
  item: (s, from, to, quoted, arity) => `${quoted ? displayName(s, from, to) : s.slice(from, to)}/${arity}`,
});

/**
 * The label of the entry whose list starts at `start` in `text` (its `[`),
 * with the lists at `more` merged after it (a repeated entry), as
 * entityLabel writes the decoded entities; undefined when a list leaves the
 * plain shape.
 */
export function plainEntityLabel(text: string, start: number, more: readonly number[] | undefined): PlainLabel | undefined {
  if (!reader.read(text, start, more)) return undefined;
  let used = reader.used;
  let label = '';
  for (let k = 0; used !== 0; k++, used >>= 1) {
    if ((used & 1) !== 0) label = label === '' ? `${FIRST_KINDS[k]}${reader.items[k]}` : `${label}${NEXT_KINDS[k]}${reader.items[k]}`;
  }
  return { label, count: reader.count };
}

/** Where the plain list at `start` ends (after its `]`), following it without making its label; -1 when it is not plain. */
export function plainListEnd(text: string, start: number): number {
  return reader.end(text, start);
}

/** The name in `s.slice(from, to)` as entityLabel shows it: as it is when it is `[a-z][A-Za-z0-9_]*`, else in parentheses (`(+)`). */
function displayName(s: string, from: number, to: number): string {
  const name = s.slice(from, to);
  const c = s.charCodeAt(from);
  return from < to && c >= C.LowerA && c <= C.LowerZ && identifierEnd(s, from) === to ? name : `(${name})`;
}

/** True when the quoted text `s.slice(from, to)` is the name itself: no escape (`\`) and no surrogate (which the viewer would replace). */
function verbatim(s: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === C.Backslash || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}
