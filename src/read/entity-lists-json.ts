// Writes an import entry's entity lists as importgraph.json's text straight from its file's text when they have the plain shape: a million imports at 100,000 modules are written without building an entity.
/*
 * Lists of the common shape (unquoted names, kinds in order: what mmc
 * writes) are written in one pass of their own (`CommonListsJson`); the
 * others are followed by plain-entity-lists; a name JSON must escape is
 * not plain, and the caller then decodes the entities and writes them the
 * general way. All give the same text (test/read/entity-lists-json.test.ts).
 */
import { ByteRun, type BlockText } from '../write/block-text.js';
import { isSmallWhole, putInteger } from '../write/viewer-text-bytes.js';
import { CharCode as C, identifierEnd } from './char-codes.js';
import { kindOf, KIND_NAMES, PlainListReader, PlainListWalker, spaces, type PlainListHandler } from './plain-entity-lists.js';

/** Each kind's key as written first, and after another; and after another's items (written into bytes). */
const FIRST_KEYS = KIND_NAMES.map((kind) => `{"${kind}": [`);
const NEXT_KEYS = KIND_NAMES.map((kind) => `, "${kind}": [`);
/** As bytes, each followed by the first item's start. */
const FIRST_KEY_RUNS = KIND_NAMES.map((kind) => ByteRun.of(`{"${kind}": [["`));
const AFTER_ITEMS_KEY_RUNS = KIND_NAMES.map((kind) => ByteRun.of(`], "${kind}": [["`));
const NEXT_ITEM = ByteRun.of(', ["');
const ARITY = ByteRun.of('", ');
const NO_ITEMS = ByteRun.of('{}');
const ITEMS_END = ByteRun.of(']}');
/** An item's text after its name, for the usual arities: `", 2]`. */
const ARITY_ENDS = Array.from({ length: 64 }, (_, arity) => `", ${arity}]`);
/** The same as bytes. */
const ARITY_END_RUNS = ARITY_ENDS.map((end) => ByteRun.of(end));
/** `imported_`'s length, and its first letter. */
const IMPORTED_LENGTH = 9;
const LETTER_I = 105;

// Items as `["name", arity]`, the name written between quotes as it is.
const reader = new PlainListReader({
  fits: plainJson,
  item: (s, from, to, _quoted, arity) => `["${s.slice(from, to)}${arity < ARITY_ENDS.length ? ARITY_ENDS[arity] : `", ${arity}]`}`,
});

/**
 * The entities of the entry whose list starts at `start` in `text` (its `[`),
 * then the lists at `more` merged after it (a repeated entry), as
 * importgraph.json writes them: `{"types": [["t", 0]], "preds": [["p", 2]]}`,
 * kinds in ENTITY_KINDS order, empty kinds left out. Undefined when a list
 * leaves the plain shape: decode the entities then.
 */
export function plainEntitiesJson(text: string, start: number, more: readonly number[] | undefined): string | undefined {
  if (!reader.read(text, start, more)) return undefined;
  let used = reader.used;
  if (used === 0) return '{}';
  let json = '';
  for (let k = 0; used !== 0; k++, used >>= 1) {
    if ((used & 1) !== 0) json = json === '' ? `${FIRST_KEYS[k]}${reader.items[k]}]` : `${json}${NEXT_KEYS[k]}${reader.items[k]}]`;
  }
  return `${json}}`;
}

/** True when `s.slice(from, to)` is written in JSON as is, between quotes: no control character, `"`, `\` or surrogate. */
function plainJson(s: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c < 0x20 || c === C.DoubleQuote || c === C.Backslash || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/**
 * Writes the lists' items straight into bytes as they are followed, when
 * their kinds come in ENTITY_KINDS order (a kind may go on in the next
 * group, or a repeated entry's list): then no string is made. A kind that
 * comes back after a later one is refused here (`outOfOrder`), and the
 * items are gathered by kind as strings (`plainEntitiesJson`) instead.
 */
class JsonListBytes implements PlainListHandler {
  out: BlockText | undefined;
  /** The kind whose items are being written (its key is written), -1 before the first item. */
  private open = -1;
  /** The kind of the group being followed. */
  private kind = -1;
  outOfOrder = false;

  start(out: BlockText): void {
    this.out = out;
    this.open = -1;
    this.kind = -1;
    this.outOfOrder = false;
  }

  /** The text after the last item: `{}` when there was none. */
  end(): ByteRun {
    return this.open < 0 ? NO_ITEMS : ITEMS_END;
  }

  fits(s: string, from: number, to: number): boolean {
    return plainJson(s, from, to);
  }

  group(k: number): boolean {
    if (k < this.open) return !(this.outOfOrder = true);
    this.kind = k;
    return true;
  }

  item(s: string, from: number, to: number, quoted: boolean, arity: number): void {
    const out = this.out!;
    if (this.kind === this.open) out.run(NEXT_ITEM);
    else {
      out.run(this.open < 0 ? FIRST_KEY_RUNS[this.kind]! : AFTER_ITEMS_KEY_RUNS[this.kind]!);
      this.open = this.kind;
    }
    // A name not between quotes is an identifier: ASCII.
    if (quoted) out.textPart(s, from, to);
    else out.asciiPart(s, from, to);
    if (arity < ARITY_END_RUNS.length) out.run(ARITY_END_RUNS[arity]!);
    else {
      out.run(ARITY);
      out.number(arity);
      out.ascii(']');
    }
  }
}

const bytesHandler = new JsonListBytes();
const bytesWalker = new PlainListWalker(bytesHandler);

/** Room an item of the common shape needs in the block besides its name's bytes: its key, arity and end, and a word written whole past them. */
const ITEM_ROOM = 48;

/**
 * The lists' JSON written into the block in one pass, four bytes a store
 * where it can, without a call per group or item, when they have the common
 * shape: kinds in ENTITY_KINDS order (a kind may go on in the next group or
 * list), each group a list of `name/Arity` items with an unquoted name,
 * white space between, and the block has room for them. Anything else
 * (a comment, a quoted name, `name_arity`, a kind out of order, the block's
 * end) stops it, and the lists are followed the general way. The text was
 * checked by the scan: a group that starts with `i` is `imported_KIND(`,
 * so only the letters that tell the kind are read.
 */
class CommonListsJson {
  private out: BlockText | undefined;
  /** The kind whose items are being written (its key is written), -1 before the first item. */
  private open = -1;

  /** Writes at `out.at`: true when the lists had the common shape, else false, `out.at` left where it was (bytes after it may be written). */
  write(s: string, start: number, more: readonly number[] | undefined, out: BlockText): boolean {
    const at = out.at;
    this.out = out;
    this.open = -1;
    let plain = this.lists(s, start);
    if (more !== undefined) for (let m = 0; plain && m < more.length; m++) plain = this.lists(s, more[m]!);
    if (plain && out.at + 4 <= out.bytes.length) {
      out.run(this.open < 0 ? NO_ITEMS : ITEMS_END);
      return true;
    }
    out.at = at;
    return false;
  }

  /** `[imported_kind([item, ...]), ...]` at `p`. */
  private lists(s: string, p: number): boolean {
    if (s.charCodeAt(p) !== C.OpenBracket) return false;
    p = spaces(s, p + 1);
    if (s.charCodeAt(p) === C.CloseBracket) return true;
    for (;;) {
      p = this.group(s, p);
      if (p < 0) return false;
      const c = s.charCodeAt(p);
      if (c === C.CloseBracket) return true;
      if (c !== C.Comma) return false;
      p = spaces(s, p + 1);
    }
  }

  /** `imported_kind([item, ...])` at `p`: where the white space after it ends, or -1. */
  private group(s: string, p: number): number {
    if (s.charCodeAt(p) !== LETTER_I) return -1;
    const k = kindOf(s, p + IMPORTED_LENGTH);
    if (k < 0 || k < this.open) return -1;
    p = spaces(s, p + IMPORTED_LENGTH + KIND_NAMES[k]!.length + 1);
    if (s.charCodeAt(p) !== C.OpenBracket) return -1;
    p = spaces(s, p + 1);
    if (s.charCodeAt(p) === C.CloseBracket) p++;
    else {
      for (;;) {
        p = this.item(s, p, k);
        if (p < 0) return -1;
        const c = s.charCodeAt(p++);
        if (c === C.CloseBracket) break;
        if (c !== C.Comma) return -1;
        p = spaces(s, p);
      }
    }
    p = spaces(s, p);
    return s.charCodeAt(p) === C.CloseParen ? spaces(s, p + 1) : -1;
  }

  /** `name/Arity` of kind `k` at `p`, written as `["name", Arity]` after its key or `, `: where the white space after it ends, or -1. */
  private item(s: string, p: number, k: number): number {
    const c = s.charCodeAt(p);
    if (c < C.LowerA || c > C.LowerZ) return -1;
    const q = identifierEnd(s, p);
    let end = spaces(s, q);
    if (s.charCodeAt(end) !== C.Slash) return -1;
    end = spaces(s, end + 1);
    const digits = end;
    let arity = 0;
    for (let d = s.charCodeAt(end); d >= C.Zero && d <= C.Nine; d = s.charCodeAt(++end)) arity = arity * 10 + (d - C.Zero);
    const out = this.out!;
    let at = out.at;
    if (end === digits || !isSmallWhole(arity) || at + (q - p) + ITEM_ROOM > out.bytes.length) return -1;
    const { view, bytes } = out;
    // The item's start: `, ["`, else its kind's key before it (the block's room was seen to: four bytes a store).
    const start = k === this.open ? NEXT_ITEM : this.open < 0 ? FIRST_KEY_RUNS[k]! : AFTER_ITEMS_KEY_RUNS[k]!;
    for (let w = 0; w < start.words.length; w++) view.setUint32(at + 4 * w, start.words[w]!, true);
    at += start.length;
    this.open = k;
    // A name not between quotes is an identifier: ASCII.
    for (let i = p; i < q; i++) bytes[at++] = s.charCodeAt(i);
    if (arity < ARITY_END_RUNS.length) {
      const tail = ARITY_END_RUNS[arity]!;
      view.setUint32(at, tail.words[0]!, true);
      view.setUint32(at + 4, tail.words[1] ?? 0, true);
      at += tail.length;
    } else {
      view.setUint32(at, ARITY.words[0]!, true);
      at = putInteger(bytes, at + ARITY.length, arity);
      bytes[at++] = C.CloseBracket;
    }
    out.at = at;
    return spaces(s, end);
  }
}

const common = new CommonListsJson();

/** The lists' JSON (as `plainEntitiesJson`) written into `out` in one pass when they have the common shape and the block has room; false, `out.at` where it was, else. */
export function writeCommonListsJson(text: string, start: number, more: readonly number[] | undefined, out: BlockText): boolean {
  return common.write(text, start, more, out);
}

/** As `plainEntitiesJson`, written into `out` (at `out.at`); false, with nothing written, when a list leaves the plain shape. */
export function writePlainEntitiesJson(text: string, start: number, more: readonly number[] | undefined, out: BlockText): boolean {
  if (writeCommonListsJson(text, start, more, out)) return true;
  const at = out.at;
  bytesHandler.start(out);
  if (bytesWalker.walk(text, start, more)) {
    out.run(bytesHandler.end());
    return true;
  }
  out.at = at;
  if (!bytesHandler.outOfOrder) return false;
  const json = plainEntitiesJson(text, start, more);
  if (json === undefined) return false;
  out.text(json);
  return true;
}
