// Writes an import entry's entity lists as importgraph.json's text straight from its file's text when they have the plain shape: a million imports at 100,000 modules are written without building an entity.
/*
 * The lists are followed by plain-entity-lists; a name JSON must escape is
 * not plain, and the caller then decodes the entities and writes them the
 * general way. Both give the same text (test/read/entity-lists-json.test.ts).
 */
import { CharCode as C } from './char-codes.js';
import { KIND_NAMES, PlainListReader } from './plain-entity-lists.js';

/** Each kind's key as written first, and after another. */
const FIRST_KEYS = KIND_NAMES.map((kind) => `{"${kind}": [`);
const NEXT_KEYS = KIND_NAMES.map((kind) => `, "${kind}": [`);
/** An item's text after its name, for the usual arities: `", 2]`. */
const ARITY_ENDS = Array.from({ length: 64 }, (_, arity) => `", ${arity}]`);

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
