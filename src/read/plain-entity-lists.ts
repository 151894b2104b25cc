// Follows an import entry's entity lists in its file's text when they have the plain shape, giving each item to a writer: importgraph.json's entity text (entity-lists-json) and the viewer's label (entity-label-text) are both made so, without building an entity.
/*
 * The text was checked by the fast decoder's scan, so this only follows it:
 * a strict reading of the plain shape (layout is white space only; items are
 * `name/Arity`, `'quoted'/Arity` and `name_arity("name", Arity)`) that gives
 * up on anything else — comments, qualified names, quoted names the writer
 * cannot show as they are — and the caller then decodes the entities.
 */
import { CharCode as C, identifierEnd } from './char-codes.js';

/** `ENTITY_KINDS` in their order. */
export const KIND_NAMES = ['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses'] as const;
const TYPECLASSES = 5;

/** How one kind of text writes an item. */
export interface PlainItemWriter {
  /** Whether a quoted name, `s.slice(from, to)` between its quotes, is written as it is. */
  fits(s: string, from: number, to: number): boolean;
  /** The item named `s.slice(from, to)` (`quoted`: between quotes in the file) with `arity`. */
  item(s: string, from: number, to: number, quoted: boolean, arity: number): string;
}

/** What a walk of plain lists gives each group and item to, in the order the text has them. */
export interface PlainListHandler {
  /** As PlainItemWriter's. */
  fits(s: string, from: number, to: number): boolean;
  /** A group of kind `k` (its index in KIND_NAMES) starts; false when this handler cannot take it here (the lists are then not plain for it). */
  group(k: number): boolean;
  /** An item of the group that started last, as PlainItemWriter's. */
  item(s: string, from: number, to: number, quoted: boolean, arity: number): void;
}

/** Reads plain lists into each kind's items (joined by `, `), for one writer; reused between entries. */
export class PlainListReader implements PlainListHandler {
  /** Each kind's items so far, by `KIND_NAMES` index (a kind's is '' until `used` says otherwise). */
  readonly items: string[] = KIND_NAMES.map(() => '');
  /** The kinds with items so far, one bit each (1 << index). */
  used = 0;
  /** Items read so far. */
  count = 0;
  private kind = 0;
  private readonly walker = new PlainListWalker(this);

  constructor(private readonly writer: PlainItemWriter) {}

  /** The lists at `start` and then at `more` (a repeated entry's, merged after it) into `items`; false when one is not plain. */
  read(s: string, start: number, more: readonly number[] | undefined): boolean {
    this.used = 0;
    const plain = this.walker.walk(s, start, more);
    this.count = this.walker.count;
    return plain;
  }

  /** Where the plain list at `start` ends (after its `]`), followed without making text; -1 when it is not plain. */
  end(s: string, start: number): number {
    return this.walker.end(s, start);
  }

  fits(s: string, from: number, to: number): boolean {
    return this.writer.fits(s, from, to);
  }

  group(k: number): boolean {
    this.kind = k;
    return true;
  }

  item(s: string, from: number, to: number, quoted: boolean, arity: number): void {
    const k = this.kind;
    const text = this.writer.item(s, from, to, quoted, arity);
    this.items[k] = (this.used & (1 << k)) === 0 ? text : `${this.items[k]!}, ${text}`;
    this.used |= 1 << k;
  }
}

/** Follows plain lists, giving their groups and items to a handler; reused between entries. */
export class PlainListWalker {
  /** Items in the last lists walked. */
  count = 0;
  /** False while a list is only followed to its end (`end`): only `fits` is asked. */
  private building = true;
  private arity = 0;

  constructor(private readonly handler: PlainListHandler) {}

  /** The lists at `start` and then at `more` (a repeated entry's, merged after it), given to the handler; false when one is not plain (or the handler refused a group). */
  walk(s: string, start: number, more: readonly number[] | undefined): boolean {
    this.count = 0;
    this.building = true;
    if (this.lists(s, start) < 0) return false;
    if (more !== undefined) for (const next of more) if (this.lists(s, next) < 0) return false;
    return true;
  }

  /** Where the plain list at `start` ends (after its `]`), followed without giving it to the handler; -1 when it is not plain. */
  end(s: string, start: number): number {
    this.building = false;
    const end = this.lists(s, start);
    this.building = true;
    return end;
  }

  /** `[imported_kind([item, ...]), ...]` at `p`: where it ends, or -1 when it is not plain. */
  private lists(s: string, p: number): number {
    if (s.charCodeAt(p) !== C.OpenBracket) return -1;
    p = spaces(s, p + 1);
    if (s.charCodeAt(p) === C.CloseBracket) return p + 1;
    for (;;) {
      p = this.group(s, p);
      if (p < 0) return -1;
      p = spaces(s, p);
      const c = s.charCodeAt(p);
      if (c === C.CloseBracket) return p + 1;
      if (c !== C.Comma) return -1;
      p = spaces(s, p + 1);
    }
  }

  /** `imported_kind([item, ...])` (or `imported_typeclasses(item)`) at `p`: where it ends, or -1 when it is not plain. */
  private group(s: string, p: number): number {
    if (!follows(s, p, 'imported_')) return -1;
    p += 9;
    const k = kindAt(s, p);
    if (k < 0 || (this.building && !this.handler.group(k))) return -1;
    p = spaces(s, p + KIND_NAMES[k].length + 1);
    if (s.charCodeAt(p) === C.OpenBracket) {
      p = spaces(s, p + 1);
      if (s.charCodeAt(p) === C.CloseBracket) p++;
      else {
        for (;;) {
          p = this.item(s, p);
          if (p < 0) return -1;
          p = spaces(s, p);
          const c = s.charCodeAt(p++);
          if (c === C.CloseBracket) break;
          if (c !== C.Comma) return -1;
          p = spaces(s, p);
        }
      }
    } else if (k === TYPECLASSES) {
      p = this.item(s, p);
      if (p < 0) return -1;
    } else {
      return -1;
    }
    p = spaces(s, p);
    return s.charCodeAt(p) === C.CloseParen ? p + 1 : -1;
  }

  /** One item at `p`, given to the handler (and counted): where it ends, or -1 when it is not plain. */
  private item(s: string, p: number): number {
    const c = s.charCodeAt(p);
    let from: number;
    let to: number;
    if (c >= C.LowerA && c <= C.LowerZ) {
      const q = identifierEnd(s, p);
      const next = s.charCodeAt(q);
      if (next === C.OpenParen) return q - p === 10 && follows(s, p, 'name_arity') ? this.nameArity(s, q + 1) : -1;
      // A qualifier (`m.name`) is left to the decoder.
      if (next === C.Dot) return -1;
      [from, to] = [p, q];
      p = q;
    } else if (c === C.Quote) {
      const close = s.indexOf("'", p + 1);
      if (close < 0 || !this.handler.fits(s, p + 1, close) || s.charCodeAt(close + 1) === C.Dot) return -1;
      [from, to] = [p + 1, close];
      p = close + 1;
    } else {
      return -1;
    }
    p = spaces(s, p);
    if (s.charCodeAt(p) !== C.Slash) return -1;
    p = this.arityAt(s, spaces(s, p + 1));
    if (p < 0) return -1;
    if (this.building) this.handler.item(s, from, to, c === C.Quote, this.arity);
    this.count++;
    return p;
  }

  /** `"name", Arity)` after `name_arity(`: where it ends, or -1. */
  private nameArity(s: string, p: number): number {
    p = spaces(s, p);
    if (s.charCodeAt(p) !== C.DoubleQuote) return -1;
    const close = s.indexOf('"', p + 1);
    if (close < 0 || !this.handler.fits(s, p + 1, close)) return -1;
    const from = p + 1;
    p = spaces(s, close + 1);
    if (s.charCodeAt(p) !== C.Comma) return -1;
    p = this.arityAt(s, spaces(s, p + 1));
    if (p < 0) return -1;
    p = spaces(s, p);
    if (s.charCodeAt(p) !== C.CloseParen) return -1;
    if (this.building) this.handler.item(s, from, close, true, this.arity);
    this.count++;
    return p + 1;
  }

  /** Decimal digits at `p` into `arity` (the scan checked their number): where they end, or -1 when there are none. */
  private arityAt(s: string, p: number): number {
    const start = p;
    let value = 0;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c < C.Zero || c > C.Nine) break;
      value = value * 10 + (c - C.Zero);
      p++;
    }
    this.arity = value;
    return p === start ? -1 : p;
  }
}

/** The index in KIND_NAMES of the kind written at `p` with its `(`, or -1. */
function kindAt(s: string, p: number): number {
  const k = kindOf(s, p);
  if (k < 0) return -1;
  const name = KIND_NAMES[k]!;
  return follows(s, p, name) && s.charCodeAt(p + name.length) === C.OpenParen ? k : -1;
}

/** The index in KIND_NAMES of the kind whose name starts at `p`, told by its first letter (and its fifth, `types` from `typeclasses`) only: -1 for no kind's first letter. */
export function kindOf(s: string, p: number): number {
  switch (s.charCodeAt(p)) {
    case 116: // t
      return s.charCodeAt(p + 4) === 115 ? 0 : TYPECLASSES;
    case 105: // i
      return 1;
    case 109: // m
      return 2;
    case 112: // p
      return 3;
    case 102: // f
      return 4;
    default:
      return -1;
  }
}

/** White space from `p`: where it ends (a comment is not plain: the next reader stops at it). */
export function spaces(s: string, p: number): number {
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
