// Writes an import entry's entity lists as importgraph.json's text straight from its file's text when they have the plain shape: a million imports at 100,000 modules are written without building an entity.
/*
 * The lists are followed by plain-entity-lists; a name JSON must escape is
 * not plain, and the caller then decodes the entities and writes them the
 * general way. Both give the same text (test/read/entity-lists-json.test.ts).
 */
import { ByteRun, type BlockText } from '../write/block-text.js';
import { CharCode as C } from './char-codes.js';
import { KIND_NAMES, PlainListReader, PlainListWalker, type PlainListHandler } from './plain-entity-lists.js';

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

/** As `plainEntitiesJson`, written into `out` (at `out.at`); false, with nothing written, when a list leaves the plain shape. */
export function writePlainEntitiesJson(text: string, start: number, more: readonly number[] | undefined, out: BlockText): boolean {
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
