// Decodes `.import_info` text of the usual shape straight from the string, without tokens or terms, so 100,000 files decode several times faster.
/*
 * One left-to-right scan with charCodeAt and index arithmetic, O(n): no token
 * objects, no Term objects, no backtracking. The choice: it understands only
 * the shape mmc writes (and the common hand-written variations) and DECLINES
 * (returns undefined) on anything else, so the general decoder
 * (`decodeImportInfoAt`: lexer, operator-precedence parser, shape checks)
 * handles that file and every problem message and position stays exactly
 * as it reports them. A file that decodes here decodes to the same data
 * there; test/read/import-info-fast.test.ts checks it on the examples, the
 * fixtures and thousands of random texts.
 *
 * Understood: white space (space, tab, CR, LF, VT, FF), `%` and block
 * comments between tokens, a byte order mark; atoms `abc_1` and
 * `'quoted'` (no escape, no doubled quote, no newline inside); module
 * names `a`, `a.b.c`, `io__file`, `x.'y'`; entities `name/Arity`,
 * `m.name/Arity`, `'+'/Arity` and `name_arity("name", Arity)` (plain
 * string); arities in plain decimal digits; `imported_typeclasses` with
 * one item or a list; an entry repeated for one module (merged).
 * Declined: module names outside the name policy (src/read/name-policy.ts),
 * escapes and doubled quotes, operators unquoted or in parentheses
 * (`(++)/2`), numbers in any other notation, layout around a qualifier
 * `.`, list tails, a second term, and every kind of error.
 */

import { type EntityKind, type ImportedEntities, type ImportedFrom, type NameArity } from '../model.js';
import type { DecodedImportInfo } from './import-info.js';
import { appendAll } from './append-all.js';
import { NAME_HASH_START, NameTable, nameHashStep } from './name-table.js';
import { CharCode as C, identifierEnd, isSymbolChar } from './char-codes.js';
import { MAX_MODULE_NAME_BYTES, isAcceptedModuleName } from './name-policy.js';
import { SCAN_ENTRY, lazyImports, type EntitySource } from './lazy-imported-from.js';
import { plainEntitiesJson, writePlainEntitiesJson } from './entity-lists-json.js';
import type { BlockText } from '../write/block-text.js';
import type { PlainLabelTable } from './plain-label-table.js';
import { IntList } from './int-list.js';

/** Thrown (one shared object) when the text leaves the understood shape; caught in `decodeImportInfoFast`. */
const DECLINE = new Error('not the common .import_info shape');

/** Arities above this are taken as a mistake (the general decoder reports them). */
const MAX_ARITY = 1_000_000;

// The scanner's state: one file at a time, synchronously, so module-level variables are safe and fast.
let text = '';
let pos = 0;
let end = 0;
let line = 1;
let lineStart = 0;
let names = new NameTable();
/** The last atom's name is `text.slice(atomStart, atomEnd)` (without its quotes). */
let atomStart = 0;
let atomEnd = 0;
let atomQuoted = false;
/** Reused between lists; each list is copied out at its exact size (`slice`). */
const scratch: NameArity[] = [];
/** Skipping: entity lists are checked and counted (`counted`) but not built. */
let skipping = false;
let counted = 0;
/** Where the top term's module name is written. */
let topLine = 0;
let topColumn = 0;
/** The lazy decoder's scanned entries, reused between files. */
const scanned = new IntList();
const SKIPPED: NameArity = { name: '', arity: 0 };
const NONE: NameArity[] = [];

/** Integers that `scanImportInfoFast` appends before a file's entries (then `SCAN_ENTRY` per entry). */
export const SCAN_HEADER = 4;
export { SCAN_ENTRY };

/**
 * The decoded file when its text has the common shape, else undefined
 * (decode it with `decodeImportInfoAt`, which then also reports any problem).
 * Names are interned in `table`: pass one table for a batch of files so that
 * each distinct name is one string. With `lazyEntities`, entity lists are
 * checked as usual but decoded only when an entry's `entities` is first read
 * (`LazyImportedFrom`): what the bulk reader uses, since only pictures and
 * reports need them.
 */
export function decodeImportInfoFast(
  source: string,
  file: string,
  table: NameTable = new NameTable(),
  lazyEntities = false,
): DecodedImportInfo | undefined {
  if (lazyEntities) {
    scanned.truncate(0);
    if (!scanImportInfoFast(source, table, scanned)) return undefined;
    const entries = scanned.view();
    const imports = lazyImports(entries, SCAN_HEADER, entries[3]!, undefined, table, new FileEntities(table, source));
    return { imports: { module: table.name(entries[0]!), file, imports }, modulePosition: { line: entries[1]!, column: entries[2]! } };
  }
  const imports: ImportedFrom[] = [];
  const moduleId = scan(source, table, () => decodeEntry(imports));
  if (moduleId < 0) return undefined;
  return { imports: { module: names.name(moduleId), file, imports }, modulePosition: { line: topLine, column: topColumn } };
}

/**
 * Checks a text of the common shape without building its entity lists, and
 * appends to `out` the module name's id (in `table`), line and column, the
 * number of entries, then per entry its module name's id, line, where its
 * entity list starts and ends and how many entities it lists (`SCAN_ENTRY`;
 * repeats included, in file order: `lazyImports` merges them). False (and
 * `out` as it was) when the text has another shape.
 * The text is `source` from `from` to `to`: one file of a batch's text
 * (positions are then `source`'s; nothing outside the range is taken in).
 */
export function scanImportInfoFast(source: string, table: NameTable, out: IntList, from = 0, to = source.length): boolean {
  const at = out.length;
  for (let i = 0; i < SCAN_HEADER; i++) out.push(0);
  const moduleId = scan(source, table, () => recordEntry(out), from, to);
  if (moduleId < 0) {
    out.truncate(at);
    return false;
  }
  out.set(at, moduleId);
  out.set(at + 1, topLine);
  out.set(at + 2, topColumn);
  out.set(at + 3, (out.length - at - SCAN_HEADER) / SCAN_ENTRY);
  return true;
}

// Runs the scanner over `source[from, to)`, each entry read by `entry`: the module name's id, or -1 when the text has another shape.
function scan(source: string, table: NameTable, entry: () => void, from = 0, to = source.length): number {
  names = table;
  names.nextFile();
  text = source;
  end = to;
  // A byte order mark is not part of the text (columns count from after it, as the lexer's do).
  pos = from < to && source.charCodeAt(from) === 0xfeff ? from + 1 : from;
  line = 1;
  lineStart = pos;
  try {
    return decodeTop(entry);
  } catch (e) {
    if (e === DECLINE) return -1;
    throw e;
  } finally {
    text = '';
    skipping = false;
  }
}

function decline(): never {
  throw DECLINE;
}

// The top term `module_imports(Module, [...])`, each entry read by `entry`: the module name's id.
function decodeTop(entry: () => void): number {
  skipLayout();
  expectFunctor('module_imports(');
  skipLayout();
  topLine = line;
  topColumn = pos - lineStart + 1;
  const moduleId = moduleNameId();
  skipLayout();
  expect(C.Comma);
  skipLayout();
  decodeEach(entry);
  skipLayout();
  expect(C.CloseParen);
  skipLayout();
  // The end token: `.` followed by layout, `%` or the end of the text; then nothing but layout.
  expect(C.Dot);
  if (pos < end) {
    const c = text.charCodeAt(pos);
    if (!isLayout(c) && c !== C.Percent) decline();
  }
  skipLayout();
  if (pos !== end) decline();
  return moduleId;
}

function mergeEntities(a: ImportedEntities, b: ImportedEntities): void {
  appendAll(a.types, b.types);
  appendAll(a.insts, b.insts);
  appendAll(a.modes, b.modes);
  appendAll(a.preds, b.preds);
  appendAll(a.funcs, b.funcs);
  appendAll(a.typeclasses, b.typeclasses);
}

/**
 * `module_imports_from(Module, [Group, ...])`, appended to `imports`, or
 * merged into the entry of an earlier one for the same module (as the
 * general decoder does).
 */
function decodeEntry(imports: ImportedFrom[]): void {
  const entryLine = line;
  expectFunctor('module_imports_from(');
  skipLayout();
  const moduleId = moduleNameId();
  const module = names.name(moduleId);
  skipLayout();
  expect(C.Comma);
  skipLayout();
  const entities: ImportedEntities = { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] };
  decodeEach(() => decodeGroup(entities));
  skipLayout();
  expect(C.CloseParen);
  if (!names.markInFile(moduleId)) {
    imports.push({ module, entities, line: entryLine });
    return;
  }
  for (const earlier of imports) {
    if (earlier.module === module) {
      mergeEntities(earlier.entities, entities);
      return;
    }
  }
}

// Scanning: the entity lists are checked exactly as when decoding, then kept as where they are (module id, line, start, end).
function recordEntry(out: IntList): void {
  const entryLine = line;
  expectFunctor('module_imports_from(');
  skipLayout();
  const moduleId = moduleNameId();
  skipLayout();
  expect(C.Comma);
  skipLayout();
  const start = pos;
  skipping = true;
  counted = 0;
  decodeEach(() => decodeGroup(UNUSED));
  skipping = false;
  const listEnd = pos;
  skipLayout();
  expect(C.CloseParen);
  out.push(moduleId);
  out.push(entryLine);
  out.push(start);
  out.push(listEnd);
  out.push(counted);
}

const UNUSED: ImportedEntities = { types: NONE, insts: NONE, modes: NONE, preds: NONE, funcs: NONE, typeclasses: NONE };

/**
 * Entity lists to decode or count later (`LazyImportedFrom`), by where each
 * starts in `text`: one file's own text, or a batch's lists text shared by
 * the batch's files (only the lists, one after the other; see read-batch.ts).
 * Nothing is read at or after `end`.
 */
export class FileEntities implements EntitySource {
  private more: Map<number, number[]> | undefined;

  constructor(
    /** The table the entries' module name ids are in. */
    readonly names: NameTable,
    private readonly text: string,
    private readonly end = text.length,
  ) {}

  // Decoded anew on each call and not kept: the writers read each list once or twice, and a million kept lists cost hundreds of MB.
  entitiesAt(start: number): ImportedEntities {
    const built: ImportedEntities = { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] };
    this.scanLists(start, false, () => decodeGroup(built));
    return built;
  }

  /** The entities as importgraph.json writes them, straight from the text; undefined when they are not of the plain shape (`plainEntitiesJson`). */
  plainEntitiesJsonAt(start: number): string | undefined {
    return plainEntitiesJson(this.textOf(), start, this.more?.get(start));
  }

  /** As `plainEntitiesJsonAt`, written into `out` (`writePlainEntitiesJson`). */
  writePlainEntitiesJsonAt(start: number, out: BlockText): boolean {
    return writePlainEntitiesJson(this.textOf(), start, this.more?.get(start), out);
  }

  /** The id in `labels` of the entities' label, straight from the text; -1 when they are not of the plain shape (`PlainLabelTable`). */
  plainEntityLabelAt(start: number, labels: PlainLabelTable): number {
    return labels.idAt(this.textOf(), start, this.more?.get(start));
  }

  countAt(start: number): number {
    counted = 0;
    this.scanLists(start, true, () => decodeGroup(UNUSED));
    return counted;
  }

  addList(first: number, next: number): void {
    const more = (this.more ??= new Map()).get(first);
    if (more === undefined) this.more.set(first, [next]);
    else more.push(next);
  }

  /** The text that list positions are in (it may hold other files after `end`: read only the lists). */
  private textOf(): string {
    return this.text;
  }

  // The scanner's state is saved and restored around the scan: a caller may ask while no file is being decoded, or (in principle) during one.
  private scanLists(start: number, skip: boolean, group: () => void): void {
    const source = this.textOf();
    const more = this.more?.get(start);
    const saved = { text, pos, end, line, lineStart, names, skipping };
    skipping = skip;
    text = source;
    end = this.end;
    names = this.names;
    try {
      for (let i = -1; i < (more?.length ?? 0); i++) {
        pos = i < 0 ? start : more![i]!;
        decodeEach(group);
      }
    } finally {
      ({ text, pos, end, line, lineStart, names, skipping } = saved);
    }
  }
}

/** `imported_preds([...])` and its kin into `entities`. */
function decodeGroup(entities: ImportedEntities): void {
  if (!follows('imported_')) decline();
  pos += 9;
  const kind = groupKind();
  skipLayout();
  let list: NameArity[];
  if (text.charCodeAt(pos) === C.OpenBracket) {
    pos++;
    list = decodeList();
  } else if (kind === 'typeclasses') {
    // `imported_typeclasses` also takes one item.
    list = [decodeItem()];
    if (skipping) counted++;
  } else {
    return decline();
  }
  skipLayout();
  expect(C.CloseParen);
  if (skipping) return;
  if (entities[kind].length === 0) entities[kind] = list;
  else appendAll(entities[kind], list);
}

/** The kind named after `imported_`, with its `(`. */
function groupKind(): EntityKind {
  let kind: EntityKind;
  switch (text.charCodeAt(pos)) {
    case 116: // t
      kind = text.charCodeAt(pos + 4) === 115 ? 'types' : 'typeclasses';
      break;
    case 105: // i
      kind = 'insts';
      break;
    case 109: // m
      kind = 'modes';
      break;
    case 112: // p
      kind = 'preds';
      break;
    case 102: // f
      kind = 'funcs';
      break;
    default:
      return decline();
  }
  if (!follows(kind) || text.charCodeAt(pos + kind.length) !== C.OpenParen) decline();
  pos += kind.length + 1;
  return kind;
}

/** Items up to `]` (after the `[`), as an array of exactly their number. */
function decodeList(): NameArity[] {
  skipLayout();
  if (text.charCodeAt(pos) === C.CloseBracket) {
    pos++;
    return [];
  }
  let n = 0;
  if (skipping) {
    for (;;) {
      decodeItem();
      counted++;
      skipLayout();
      const c = text.charCodeAt(pos++);
      if (c === C.Comma) skipLayout();
      else if (c === C.CloseBracket) return NONE;
      else decline();
    }
  }
  for (;;) {
    scratch[n++] = decodeItem();
    skipLayout();
    const c = text.charCodeAt(pos++);
    if (c === C.Comma) skipLayout();
    else if (c === C.CloseBracket) break;
    else decline();
  }
  return scratch.slice(0, n);
}

/** `name/Arity`, `q.name/Arity` or `name_arity("name", Arity)`. */
function decodeItem(): NameArity {
  if (follows('name_arity(')) {
    pos += 11;
    skipLayout();
    const name = plainString();
    skipLayout();
    expect(C.Comma);
    skipLayout();
    const arity = decodeArity();
    skipLayout();
    expect(C.CloseParen);
    return skipping ? SKIPPED : { name, arity };
  }
  const name = entityName();
  skipLayout();
  expect(C.Slash);
  // `//`, `/*`, `/-`...: another operator or a comment.
  const c = text.charCodeAt(pos);
  // A `/` followed by a symbol character is a different operator (or a comment).
  if (isSymbolChar(c)) decline();
  skipLayout();
  const arity = decodeArity();
  return skipping ? SKIPPED : { name, arity };
}

/** An arity in plain decimal digits, followed by something that cannot continue a number. */
function decodeArity(): number {
  const start = pos;
  let value = 0;
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c < C.Zero || c > C.Nine) break;
    value = value * 10 + (c - C.Zero);
    pos++;
  }
  if (pos === start || pos - start > 7 || value > MAX_ARITY) decline();
  const c = text.charCodeAt(pos);
  const commentFollows = c === C.Percent || (c === C.Slash && text.charCodeAt(pos + 1) === C.Star);
  if (c !== C.Comma && c !== C.CloseBracket && c !== C.CloseParen && !commentFollows && !isLayout(c)) decline();
  return value;
}

/** `"text"` without escapes, doubled quotes or newlines. */
function plainString(): string {
  if (text.charCodeAt(pos) !== C.DoubleQuote) decline();
  const close = text.indexOf('"', pos + 1);
  if (close < 0 || close >= end || text.charCodeAt(close + 1) === C.DoubleQuote) decline();
  for (let p = pos + 1; p < close; p++) {
    const c = text.charCodeAt(p);
    if (c === C.Backslash || c === C.Newline) decline();
  }
  const s = skipping ? '' : names.name(names.idOfRange(text, pos + 1, close));
  pos = close + 1;
  return s;
}

/** An entity's name: the last part verbatim, any qualifier as a module name (`io__file.read/3` is `io.file.read`). */
function entityName(): string {
  scanAtom();
  if (skipping) return skipEntityName();
  if (!qualifierDotFollows()) return names.name(names.idOfRange(text, atomStart, atomEnd));
  let qualifier = partModuleName(text.slice(atomStart, atomEnd));
  for (;;) {
    pos++;
    scanAtom();
    if (!qualifierDotFollows()) break;
    qualifier = `${qualifier}.${partModuleName(text.slice(atomStart, atomEnd))}`;
  }
  return names.name(names.idOf(`${qualifier}.${text.slice(atomStart, atomEnd)}`));
}

// As entityName, without building the name: the same checks (an empty qualifier part declines, as `partModuleName` does).
function skipEntityName(): string {
  while (qualifierDotFollows()) {
    if (atomStart === atomEnd) decline();
    pos++;
    scanAtom();
  }
  return '';
}

/** The id of a module name: `a`, `a.b.c`, each part an atom where `__` also qualifies. */
function moduleNameId(): number {
  const id = plainModuleNameId();
  return id >= 0 ? id : anyModuleNameId();
}

/**
 * The usual name, unquoted parts without `__` (the dotted name exactly as
 * written), read and hashed in one pass: its id, or -1 with `pos` unchanged
 * for any other name (then `anyModuleNameId` reads it).
 */
function plainModuleNameId(): number {
  const start = pos;
  let hash = NAME_HASH_START;
  let p = pos;
  let c = text.charCodeAt(p);
  for (;;) {
    // A part: a lowercase letter, then letters, digits and `_`, without `__`.
    if (c < C.LowerA || c > C.LowerZ) return -1;
    let previous = 0;
    while ((c >= C.LowerA && c <= C.LowerZ) || (c >= C.Zero && c <= C.Nine) || c === C.Underscore || (c >= C.UpperA && c <= C.UpperZ)) {
      if (c === C.Underscore && previous === C.Underscore) return -1;
      hash = nameHashStep(hash, c);
      previous = c;
      c = text.charCodeAt(++p);
    }
    // A qualifier `.` is followed at once by the next part (as `qualifierDotFollows`); a quoted part takes the other way.
    if (c !== C.Dot) break;
    const next = text.charCodeAt(p + 1);
    if (next === C.Quote) return -1;
    if (next < C.LowerA || next > C.LowerZ) break;
    hash = nameHashStep(hash, c);
    c = text.charCodeAt(++p);
  }
  // `(` after an atom is an application (as `scanAtom` says); a long name is checked against the name policy there.
  if (c === C.OpenParen || p - start > MAX_MODULE_NAME_BYTES) return -1;
  pos = p;
  return names.idOfHashedRange(text, start, p, hash);
}

// Any module name (quoted parts, `__`): the name built part by part.
function anyModuleNameId(): number {
  const start = pos;
  scanAtom();
  // Fast case: unquoted parts without `__` are the dotted name exactly as written.
  let plain = !atomQuoted && !hasDoubleUnderscore();
  let name = plain ? '' : partModuleName(text.slice(atomStart, atomEnd));
  while (qualifierDotFollows()) {
    pos++;
    const partStart = pos;
    scanAtom();
    if (plain) {
      if (!atomQuoted && !hasDoubleUnderscore()) continue;
      plain = false;
      name = text.slice(start, partStart - 1);
    }
    name = `${name}.${partModuleName(text.slice(atomStart, atomEnd))}`;
  }
  const id = plain ? names.idOfRange(text, start, pos) : names.idOf(name);
  // Unquoted parts are ASCII identifiers: only a quoted part or a long name can leave the name policy (the general decoder then says why).
  if ((!plain || pos - start > MAX_MODULE_NAME_BYTES) && !isAcceptedModuleName(names.name(id))) decline();
  return id;
}

/** True when the last atom contains `__`. */
function hasDoubleUnderscore(): boolean {
  for (let p = atomStart + 1; p < atomEnd; p++) {
    if (text.charCodeAt(p) === C.Underscore && text.charCodeAt(p - 1) === C.Underscore) return true;
  }
  return false;
}

/** An atom as one part of a module name (`io__file` is `io.file`; an empty `__` component keeps the name as written). */
function partModuleName(name: string): string {
  if (name === '') decline();
  if (!name.includes('__')) return name;
  const parts = name.split('__');
  return parts.includes('') ? name : parts.join('.');
}

/** True when a `.` at `pos` is the module qualifier (an atom follows at once), not the end of the term. */
function qualifierDotFollows(): boolean {
  if (text.charCodeAt(pos) !== C.Dot) return false;
  const c = text.charCodeAt(pos + 1);
  return (c >= C.LowerA && c <= C.LowerZ) || c === C.Quote;
}

/**
 * An unquoted `abc_1` or a plain `'quoted atom'` at `pos`, into `atomStart`,
 * `atomEnd` and `atomQuoted`. Declines when `(` follows (an application).
 */
function scanAtom(): void {
  const c = text.charCodeAt(pos);
  if (c >= C.LowerA && c <= C.LowerZ) {
    const p = identifierEnd(text, pos);
    atomStart = pos;
    atomEnd = p;
    atomQuoted = false;
    pos = p;
  } else if (c === C.Quote) {
    const close = text.indexOf("'", pos + 1);
    if (close < 0 || close >= end || text.charCodeAt(close + 1) === C.Quote) decline();
    for (let p = pos + 1; p < close; p++) {
      const d = text.charCodeAt(p);
      if (d === C.Backslash || d === C.Newline) decline();
    }
    atomStart = pos + 1;
    atomEnd = close;
    atomQuoted = true;
    pos = close + 1;
  } else {
    decline();
  }
  if (text.charCodeAt(pos) === C.OpenParen) decline();
}

/** A functor written with its `(`, e.g. `module_imports(`. */
function expectFunctor(functorAndParen: string): void {
  if (!follows(functorAndParen)) decline();
  pos += functorAndParen.length;
}

/** True when `word` is written at `pos` (a loop over code units: faster here than the built-in prefix test). */
function follows(word: string): boolean {
  const n = word.length;
  if (pos + n > end) return false;
  for (let i = 0; i < n; i++) if (text.charCodeAt(pos + i) !== word.charCodeAt(i)) return false;
  return true;
}

// `[item, item, ...]` with layout anywhere between; `decodeItem` reads one item at `pos`.
function decodeEach(decodeItem: () => void): void {
  expect(C.OpenBracket);
  skipLayout();
  if (text.charCodeAt(pos) === C.CloseBracket) {
    pos++;
    return;
  }
  for (;;) {
    decodeItem();
    skipLayout();
    const c = text.charCodeAt(pos++);
    if (c === C.Comma) skipLayout();
    else if (c === C.CloseBracket) return;
    else decline();
  }
}

function expect(c: number): void {
  if (text.charCodeAt(pos) !== c) decline();
  pos++;
}

function isLayout(c: number): boolean {
  return c === C.Space || c === C.Newline || c === C.Tab || c === C.Return || c === C.VerticalTab || c === C.FormFeed;
}

/** Skips white space and comments, counting lines; declines at an unterminated comment. */
function skipLayout(): void {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c === C.Space) pos++;
    else if (c === C.Newline) {
      pos++;
      line++;
      lineStart = pos;
    } else if (c === C.Tab || c === C.Return || c === C.VerticalTab || c === C.FormFeed) pos++;
    else if (c === C.Percent) {
      const nl = text.indexOf('\n', pos);
      pos = nl < 0 || nl > end ? end : nl;
    } else if (c === C.Slash && text.charCodeAt(pos + 1) === C.Star) {
      const close = text.indexOf('*/', pos + 2);
      if (close < 0 || close + 2 > end) decline();
      for (let p = pos + 2; p < close; p++) {
        if (text.charCodeAt(p) === C.Newline) {
          line++;
          lineStart = p + 1;
        }
      }
      pos = close + 2;
    } else return;
  }
}
