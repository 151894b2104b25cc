// Makes an import entry's one-line entity label (`preds: map/3; types: t/0`) straight from its file's text when the lists have the plain shape: the viewer labels a million imports at 100,000 modules without building an entity.
/*
 * As entity-lists-json, this follows text the fast decoder's scan already
 * checked, strictly: layout is white space only, items are `name/Arity`,
 * `'quoted'/Arity` and `name_arity("name", Arity)`. It gives up (undefined)
 * on anything else — comments, qualified names, escapes, doubled quotes,
 * surrogates — and the caller then labels the decoded entities
 * (write/entity-label). Both give the same text (test/read/entity-label-text.test.ts).
 */
import { CharCode as C, identifierEnd } from './char-codes.js';

/** A label and the number of entities it names. */
export interface PlainLabel {
  label: string;
  count: number;
}

/** `ENTITY_KINDS` in their order, as each kind starts a label and a later part of it. */
const KIND_NAMES = ['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses'] as const;
const TYPECLASSES = 5;
const FIRST_KINDS = KIND_NAMES.map((kind) => `${kind}: `);
const NEXT_KINDS = KIND_NAMES.map((kind) => `; ${kind}: `);
/** Each kind's items so far (`p/1, (+)/2`), by `KIND_NAMES` index (reused between calls; a kind's is '' until `used` says otherwise). */
const items: string[] = KIND_NAMES.map(() => '');
/** The kinds with items so far, one bit each (1 << index). */
let used = 0;
/** Items read so far. */
let count = 0;
/** The last item read, as the label writes it. */
let lastItem = '';
/** False while a list is only followed to its end (`plainListEnd`): no text is made. */
let building = true;

/**
 * The label of the entry whose list starts at `start` in `text` (its `[`),
 * with the lists at `more` merged after it (a repeated entry), as
 * entityLabel writes the decoded entities; undefined when a list leaves the
 * plain shape.
 */
export function plainEntityLabel(text: string, start: number, more: readonly number[] | undefined): PlainLabel | undefined {
  used = 0;
  count = 0;
  building = true;
  if (lists(text, start) < 0) return undefined;
  if (more !== undefined) for (const next of more) if (lists(text, next) < 0) return undefined;
  let label = '';
  for (let k = 0; used !== 0; k++, used >>= 1) {
    if ((used & 1) !== 0) label = label === '' ? `${FIRST_KINDS[k]}${items[k]}` : `${label}${NEXT_KINDS[k]}${items[k]}`;
  }
  return { label, count };
}

/** Where the plain list at `start` ends (after its `]`), following it without making its label; -1 when it is not plain. */
export function plainListEnd(text: string, start: number): number {
  building = false;
  const end = lists(text, start);
  building = true;
  return end;
}

/** `[imported_kind([item, ...]), ...]` at `p`, its items added to `items`: where it ends, or -1 when it is not plain. */
function lists(s: string, p: number): number {
  if (s.charCodeAt(p) !== C.OpenBracket) return -1;
  p = spaces(s, p + 1);
  if (s.charCodeAt(p) === C.CloseBracket) return p + 1;
  for (;;) {
    p = group(s, p);
    if (p < 0) return -1;
    p = spaces(s, p);
    const c = s.charCodeAt(p);
    if (c === C.CloseBracket) return p + 1;
    if (c !== C.Comma) return -1;
    p = spaces(s, p + 1);
  }
}

/** `imported_kind([item, ...])` (or `imported_typeclasses(item)`) at `p`: where it ends, or -1 when it is not plain. */
function group(s: string, p: number): number {
  if (!follows(s, p, 'imported_')) return -1;
  p += 9;
  const k = kindAt(s, p);
  if (k < 0) return -1;
  p = spaces(s, p + KIND_NAMES[k].length + 1);
  let list = (used & (1 << k)) === 0 ? '' : items[k]!;
  if (s.charCodeAt(p) === C.OpenBracket) {
    p = spaces(s, p + 1);
    if (s.charCodeAt(p) === C.CloseBracket) p++;
    else {
      for (;;) {
        p = item(s, p);
        if (p < 0) return -1;
        if (building) list = list === '' ? lastItem : `${list}, ${lastItem}`;
        p = spaces(s, p);
        const c = s.charCodeAt(p++);
        if (c === C.CloseBracket) break;
        if (c !== C.Comma) return -1;
        p = spaces(s, p);
      }
    }
  } else if (k === TYPECLASSES) {
    p = item(s, p);
    if (p < 0) return -1;
    if (building) list = list === '' ? lastItem : `${list}, ${lastItem}`;
  } else {
    return -1;
  }
  if (building) {
    items[k] = list;
    if (list !== '') used |= 1 << k;
  }
  p = spaces(s, p);
  return s.charCodeAt(p) === C.CloseParen ? p + 1 : -1;
}

/** The index in KIND_NAMES of the kind written at `p` with its `(`, or -1. */
function kindAt(s: string, p: number): number {
  let k: number;
  switch (s.charCodeAt(p)) {
    case 116: // t
      k = s.charCodeAt(p + 4) === 115 ? 0 : TYPECLASSES;
      break;
    case 105: // i
      k = 1;
      break;
    case 109: // m
      k = 2;
      break;
    case 112: // p
      k = 3;
      break;
    case 102: // f
      k = 4;
      break;
    default:
      return -1;
  }
  const name = KIND_NAMES[k]!;
  return follows(s, p, name) && s.charCodeAt(p + name.length) === C.OpenParen ? k : -1;
}

/** One item at `p` into `lastItem` (and `count`): where it ends, or -1 when it is not plain. */
function item(s: string, p: number): number {
  const c = s.charCodeAt(p);
  let name = '';
  if (c >= C.LowerA && c <= C.LowerZ) {
    const q = identifierEnd(s, p);
    const next = s.charCodeAt(q);
    if (next === C.OpenParen) return q - p === 10 && follows(s, p, 'name_arity') ? nameArity(s, q + 1) : -1;
    // A qualifier (`m.name`) is left to the decoder.
    if (next === C.Dot) return -1;
    // A lower-case letter, then letters, digits and `_`: written without parentheses.
    if (building) name = s.slice(p, q);
    p = q;
  } else if (c === C.Quote) {
    const close = s.indexOf("'", p + 1);
    if (close < 0 || !verbatim(s, p + 1, close) || s.charCodeAt(close + 1) === C.Dot) return -1;
    if (building) name = displayName(s, p + 1, close);
    p = close + 1;
  } else {
    return -1;
  }
  p = spaces(s, p);
  if (s.charCodeAt(p) !== C.Slash) return -1;
  p = arity(s, spaces(s, p + 1));
  if (p < 0) return -1;
  if (building) lastItem = `${name}/${arityValue}`;
  count++;
  return p;
}

/** `"name", Arity)` after `name_arity(`: where it ends, or -1. */
function nameArity(s: string, p: number): number {
  p = spaces(s, p);
  if (s.charCodeAt(p) !== C.DoubleQuote) return -1;
  const close = s.indexOf('"', p + 1);
  if (close < 0 || !verbatim(s, p + 1, close)) return -1;
  const name = building ? displayName(s, p + 1, close) : '';
  p = spaces(s, close + 1);
  if (s.charCodeAt(p) !== C.Comma) return -1;
  p = arity(s, spaces(s, p + 1));
  if (p < 0) return -1;
  p = spaces(s, p);
  if (s.charCodeAt(p) !== C.CloseParen) return -1;
  if (building) lastItem = `${name}/${arityValue}`;
  count++;
  return p + 1;
}

/** The name in `s.slice(from, to)` as entityLabel shows it: as it is when it is `[a-z][A-Za-z0-9_]*`, else in parentheses (`(+)`). */
function displayName(s: string, from: number, to: number): string {
  const name = s.slice(from, to);
  const c = s.charCodeAt(from);
  return from < to && c >= C.LowerA && c <= C.LowerZ && identifierEnd(s, from) === to ? name : `(${name})`;
}

/** The last arity read. */
let arityValue = 0;

/** Decimal digits at `p` into `arityValue` (the scan checked their number): where they end, or -1 when there are none. */
function arity(s: string, p: number): number {
  const start = p;
  let value = 0;
  for (;;) {
    const c = s.charCodeAt(p);
    if (c < C.Zero || c > C.Nine) break;
    value = value * 10 + (c - C.Zero);
    p++;
  }
  arityValue = value;
  return p === start ? -1 : p;
}

/** True when the quoted text `s.slice(from, to)` is the name itself: no escape (`\`) and no surrogate (which the viewer would replace). */
function verbatim(s: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === C.Backslash || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** White space from `p`: where it ends (a comment is not plain: the next reader stops at it). */
function spaces(s: string, p: number): number {
  for (;;) {
    const c = s.charCodeAt(p);
    if (c === C.Space || c === C.Newline || c === C.Tab || c === C.Return || c === C.VerticalTab || c === C.FormFeed) p++;
    else return p;
  }
}

/** True when `word` is written at `p`. */
function follows(s: string, p: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (s.charCodeAt(p + i) !== word.charCodeAt(i)) return false;
  return true;
}
