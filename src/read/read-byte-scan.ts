// Scans a batch's `.import_info` file of the plainest shape straight from its bytes, several times faster than the text scanner it stands in front of.
/*
 * `scanImportInfoFast` reads a text with charCodeAt and handles comments,
 * quoted atoms, `__` and `name_arity`; most of its time went to that
 * generality and to looking names up. This scanner takes only what mmc
 * writes: layout and comments, module names unquoted and without `__`,
 * entities `name/Arity`, `q.name/Arity` and `'+'/Arity`, arities in decimal
 * digits. It reads
 * bytes (any byte that is not ASCII declines, as none is accepted), keeps
 * its position in locals, and leaves the module names of the files it
 * accepts to be interned together (`internScanned`, before the next file
 * that it declines is scanned as text): in the order written, in tight
 * loops that find a block's table slots first (their cache misses
 * overlapping), then their ids. Anything else DECLINES (false, nothing
 * appended), and the text scanner takes the file as before; a file this
 * accepts gives exactly the text scanner's integers, and the names are
 * interned in the same order (test/read/read-byte-scan.test.ts compares them
 * on thousands of random texts).
 */
import { CharCode as C, isSymbolChar } from './char-codes.js';
import { SCAN_ENTRY, SCAN_HEADER } from './import-info-fast.js';
import type { IntList } from './int-list.js';
import { MAX_MODULE_NAME_BYTES } from './name-policy.js';
import { NAME_HASH_START, nameHashStep, type NameTable } from './name-table.js';

/** Arities above this are taken as a mistake (as the text scanner takes them). */
const MAX_ARITY = 1_000_000;
const DECLINED = -1;

const bytesOf = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const MODULE_IMPORTS = bytesOf('module_imports(');
const MODULE_IMPORTS_FROM = bytesOf('module_imports_from(');
const IMPORTED = bytesOf('imported_');
const TYPECLASSES = bytesOf('typeclasses(');
const TYPES = bytesOf('types(');
const INSTS = bytesOf('insts(');
const MODES = bytesOf('modes(');
const PREDS = bytesOf('preds(');
const FUNCS = bytesOf('funcs(');

// Where the line being scanned starts, and its number: changed only at a newline.
let line = 1;
let lineStart = 0;
/** Module names scanned and not yet interned: start, end, hash and where the id goes in `out`, of each in the order written. */
let pending = new Int32Array(4 * 1024);
let pendingCount = 0;
/** The names of the file being scanned start at this index in `pending`. */
let fileNames = 0;
/** Names interned at a time: their table slots are read first, then each is looked up. */
const BLOCK = 16;

/**
 * As `scanImportInfoFast(text, table, out, from, to)` where `text` is
 * `bytes` a character per byte, for a file of the plainest shape: true with
 * the same integers appended to `out`, except that the module name ids are
 * found only by `internScanned` (call it before `out` is read or `table` is
 * used otherwise: names are interned in the order scanned); false (nothing
 * appended, no name kept for interning) for any other file.
 */
export function scanImportInfoBytes(bytes: Uint8Array, out: IntList, from: number, to: number): boolean {
  const at = out.length;
  line = 1;
  lineStart = from;
  fileNames = pendingCount;
  let p = layout(bytes, from, to);
  p = word(bytes, p, to, MODULE_IMPORTS);
  p = layout(bytes, p, to);
  out.push(0);
  out.push(line);
  out.push(p - lineStart + 1);
  out.push(0);
  p = moduleName(bytes, p, to, at);
  p = afterComma(bytes, p, to);
  p = entries(bytes, p, to, out);
  p = layout(bytes, p, to);
  p = expect(bytes, p, C.CloseParen);
  p = layout(bytes, p, to);
  p = expect(bytes, p, C.Dot);
  // The end `.` is followed by layout or the end of the file, then nothing but layout.
  if (p >= 0 && p < to && !isLayout(bytes[p]!) && bytes[p] !== C.Percent) p = DECLINED;
  if (p >= 0) p = layout(bytes, p, to);
  if (p !== to) {
    out.truncate(at);
    pendingCount = fileNames;
    return false;
  }
  out.set(at + 3, (out.length - at - SCAN_HEADER) / SCAN_ENTRY);
  return true;
}

/** Forgets any names left from scanning that stopped before `internScanned` (an error thrown): call before a batch's first file. */
export function startScanning(): void {
  pendingCount = 0;
}

/**
 * Interns the module names of the files scanned since the last call, in the
 * order scanned (as the text scanner would have), putting their ids in
 * `out`. A block at a time: the block's table slots are read first,
 * independent reads whose cache misses the processor overlaps, where one
 * look-up after another would wait for each.
 */
export function internScanned(bytes: Buffer, table: NameTable, out: IntList): void {
  for (let k = 0; k < pendingCount; k += BLOCK) {
    const end = Math.min(pendingCount, k + BLOCK);
    table.touchHashed(pending, k, end);
    for (let n = k; n < end; n++) {
      const q = 4 * n;
      out.set(pending[q + 3]!, table.idOfHashedBytes(bytes, pending[q]!, pending[q + 1]!, pending[q + 2]!));
    }
  }
  pendingCount = 0;
}

/** Where `entry` appends: the integers of the file being scanned. */
let entriesOut: IntList;

// `[module_imports_from(...), ...]` at `p`, each entry's integers appended to `out`: the position after the `]`.
function entries(bytes: Uint8Array, p: number, to: number, out: IntList): number {
  entriesOut = out;
  return each(bytes, p, to, entry);
}

// `module_imports_from(Name, [...])` at `p`, its integers appended once it is read, its name's id first: the position after the `)`.
function entry(bytes: Uint8Array, p: number, to: number): number {
  const out = entriesOut;
  const entryLine = line;
  p = word(bytes, p, to, MODULE_IMPORTS_FROM);
  p = layout(bytes, p, to);
  p = moduleName(bytes, p, to, out.length);
  p = afterComma(bytes, p, to);
  const start = p;
  itemsRead = 0;
  p = each(bytes, p, to, group);
  const end = p;
  p = layout(bytes, p, to);
  p = expect(bytes, p, C.CloseParen);
  if (p < 0) return p;
  out.push(0);
  out.push(entryLine);
  out.push(start);
  out.push(end);
  out.push(itemsRead);
  return p;
}

/** Items read since the entry began: its entity count. */
let itemsRead = 0;

/** Layout, `,`, layout. */
function afterComma(bytes: Uint8Array, p: number, to: number): number {
  p = layout(bytes, p, to);
  p = expect(bytes, p, C.Comma);
  return layout(bytes, p, to);
}

// `[item, ...]` at `p` with layout anywhere between, each read by `item`: the position after the `]`.
function each(bytes: Uint8Array, p: number, to: number, item: (bytes: Uint8Array, p: number, to: number) => number): number {
  p = expect(bytes, p, C.OpenBracket);
  p = layout(bytes, p, to);
  if (p < 0) return p;
  if (bytes[p] === C.CloseBracket) return p + 1;
  for (;;) {
    p = item(bytes, p, to);
    p = layout(bytes, p, to);
    if (p < 0) return p;
    const c = bytes[p++];
    if (c === C.Comma) p = layout(bytes, p, to);
    else if (c === C.CloseBracket) return p;
    else return DECLINED;
  }
}

/** `imported_preds([...])` and its kin (`imported_typeclasses` with one item too). */
function group(bytes: Uint8Array, p: number, to: number): number {
  p = word(bytes, p, to, IMPORTED);
  if (p < 0) return p;
  let typeclasses = false;
  switch (bytes[p]) {
    case 116: // t
      typeclasses = bytes[p + 4] !== 115;
      p = word(bytes, p, to, typeclasses ? TYPECLASSES : TYPES);
      break;
    case 105: // i
      p = word(bytes, p, to, INSTS);
      break;
    case 109: // m
      p = word(bytes, p, to, MODES);
      break;
    case 112: // p
      p = word(bytes, p, to, PREDS);
      break;
    case 102: // f
      p = word(bytes, p, to, FUNCS);
      break;
    default:
      return DECLINED;
  }
  p = layout(bytes, p, to);
  if (p < 0) return p;
  if (bytes[p] === C.OpenBracket) p = each(bytes, p, to, item);
  else if (typeclasses) p = item(bytes, p, to);
  else return DECLINED;
  p = layout(bytes, p, to);
  return expect(bytes, p, C.CloseParen);
}

/** `name/Arity` or `q.name/Arity`. */
function item(bytes: Uint8Array, p: number, to: number): number {
  itemsRead++;
  p = atom(bytes, p, to);
  // A qualifier `.` is followed at once by the next part; a qualifier part is not empty (`''`).
  while (p >= 0 && bytes[p] === C.Dot) {
    const c = bytes[p + 1]!;
    if ((c < C.LowerA || c > C.LowerZ) && c !== C.Quote) break;
    if (bytes[p - 1] === C.Quote && bytes[p - 2] === C.Quote) return DECLINED;
    p = atom(bytes, p + 1, to);
  }
  p = layout(bytes, p, to);
  p = expect(bytes, p, C.Slash);
  // A `/` followed by a symbol character is a different operator (or a comment).
  if (p < 0 || isSymbolChar(bytes[p]!)) return DECLINED;
  p = layout(bytes, p, to);
  return arity(bytes, p, to);
}

/** An unquoted atom `abc_1`, or a quoted one of ASCII without `\\`, a line end or a doubled quote, not followed by `(`. */
function atom(bytes: Uint8Array, p: number, to: number): number {
  const c = bytes[p]!;
  if (c >= C.LowerA && c <= C.LowerZ) {
    p++;
    while (p < to && isIdentifierByte(bytes[p]!)) p++;
  } else if (c === C.Quote) {
    p++;
    for (;;) {
      if (p >= to) return DECLINED;
      const d = bytes[p++]!;
      if (d === C.Quote) break;
      if (d === C.Backslash || d === C.Newline || d > 127) return DECLINED;
    }
    if (bytes[p] === C.Quote) return DECLINED;
  } else {
    return DECLINED;
  }
  return bytes[p] === C.OpenParen ? DECLINED : p;
}

/** Digits (at most 7, at most `MAX_ARITY`) followed by `,`, `]`, `)`, a comment or layout. */
function arity(bytes: Uint8Array, p: number, to: number): number {
  const start = p;
  let value = 0;
  while (p < to) {
    const c = bytes[p]!;
    if (c < C.Zero || c > C.Nine) break;
    value = value * 10 + (c - C.Zero);
    p++;
  }
  if (p === start || p - start > 7 || value > MAX_ARITY || p >= to) return DECLINED;
  const c = bytes[p]!;
  const commentFollows = c === C.Percent || (c === C.Slash && bytes[p + 1] === C.Star);
  return c === C.Comma || c === C.CloseBracket || c === C.CloseParen || commentFollows || isLayout(c) ? p : DECLINED;
}

/**
 * A module name of unquoted parts without `__` (the dotted name exactly as
 * written), its start, end and hash kept in `pending` for its id to go to
 * `out[outAt]`: the position after it.
 */
function moduleName(bytes: Uint8Array, p: number, to: number, outAt: number): number {
  if (p < 0) return p;
  const start = p;
  let hash = NAME_HASH_START;
  let c = bytes[p]!;
  for (;;) {
    // A part: a lowercase letter, then letters, digits and `_`, without `__`.
    if (c < C.LowerA || c > C.LowerZ) return DECLINED;
    let previous = 0;
    while (isIdentifierByte(c) && p < to) {
      if (c === C.Underscore && previous === C.Underscore) return DECLINED;
      hash = nameHashStep(hash, c);
      previous = c;
      c = bytes[++p]!;
    }
    if (c !== C.Dot || p >= to) break;
    const next = bytes[p + 1]!;
    if (next === C.Quote) return DECLINED;
    if (next < C.LowerA || next > C.LowerZ) break;
    hash = nameHashStep(hash, c);
    c = bytes[++p]!;
  }
  if (c === C.OpenParen || p - start > MAX_MODULE_NAME_BYTES) return DECLINED;
  if (4 * pendingCount + 4 > pending.length) {
    const larger = new Int32Array(pending.length * 2);
    larger.set(pending);
    pending = larger;
  }
  const q = 4 * pendingCount++;
  pending[q] = start;
  pending[q + 1] = p;
  pending[q + 2] = hash;
  pending[q + 3] = outAt;
  return p;
}

function isIdentifierByte(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.Zero && c <= C.Nine) || c === C.Underscore || (c >= C.UpperA && c <= C.UpperZ);
}

/** `text` (ASCII bytes) at `p`: the position after it. */
function word(bytes: Uint8Array, p: number, to: number, text: Uint8Array): number {
  const n = text.length;
  if (p < 0 || p + n > to) return DECLINED;
  // Bytes, not a string's code units: each compare is then one load.
  for (let i = 0; i < n; i++) if (bytes[p + i] !== text[i]) return DECLINED;
  return p + n;
}

function expect(bytes: Uint8Array, p: number, c: number): number {
  return p >= 0 && bytes[p] === c ? p + 1 : DECLINED;
}

function isLayout(c: number): boolean {
  return c === C.Space || c === C.Newline || c === C.Tab || c === C.Return || c === C.VerticalTab || c === C.FormFeed;
}

/** Spaces, tabs, line ends (counted) and comments (of ASCII; an unterminated block comment declines). */
function layout(bytes: Uint8Array, p: number, to: number): number {
  if (p < 0) return p;
  while (p < to) {
    const c = bytes[p]!;
    if (c === C.Space) p++;
    else if (c === C.Newline) {
      p++;
      line++;
      lineStart = p;
    } else if (c === C.Tab || c === C.Return || c === C.VerticalTab || c === C.FormFeed) p++;
    else if (c === C.Percent) p = lineComment(bytes, p, to);
    else if (c === C.Slash && bytes[p + 1] === C.Star) p = blockComment(bytes, p, to);
    else return p;
    if (p < 0) return p;
  }
  return p;
}

/** A `%` comment: where its line ends (or the file). */
function lineComment(bytes: Uint8Array, p: number, to: number): number {
  for (; p < to; p++) {
    const c = bytes[p]!;
    if (c === C.Newline) return p;
    if (c > 127) return DECLINED;
  }
  return p;
}

/** A `/* ... *\/` comment: the position after it, its line ends counted. */
function blockComment(bytes: Uint8Array, p: number, to: number): number {
  for (p += 2; p + 1 < to; p++) {
    const c = bytes[p]!;
    if (c === C.Star && bytes[p + 1] === C.Slash) return p + 2;
    if (c === C.Newline) {
      line++;
      lineStart = p + 1;
    } else if (c > 127) return DECLINED;
  }
  return DECLINED;
}
