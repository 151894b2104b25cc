// Reads an input file as UTF-8 text, or says exactly what is wrong: unreadable (E_NO_INPUT), invalid UTF-8 or too large for a string (E_INPUT, located).
/*
 * Every file importgraph reads as text comes through here (`.import_info`,
 * `.m`, spec, weights and `@list` files), so two names spelt with different
 * invalid bytes can never both turn into U+FFFD and merge. A byte order mark
 * is kept in the text (the lexer and the fast decoder skip it). Validation is
 * `buffer.isUtf8` (native, fast); only an invalid file is walked again here
 * to find its first bad byte.
 */
import { constants, isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';

/** The longest string the JavaScript engine can make, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = constants.MAX_STRING_LENGTH;

/**
 * The text of `bytes`, read from `file`. Throws `E_INPUT` at the first
 * invalid UTF-8 byte (`file:line:column: invalid UTF-8 (byte 0xNN at byte
 * offset N)`), or at 1:1 when the text is longer than `maxLength` code units
 * (a parameter so tests need not make 512 MB files).
 */
export function decodeInputText(bytes: Uint8Array, file: string, maxLength: number = MAX_TEXT_LENGTH): string {
  if (!isUtf8(bytes)) throw located(invalidUtf8Problem(bytes, file));
  if (bytes.length > maxLength && utf16Length(bytes, 0, bytes.length) > maxLength) throw tooLarge(file, bytes.length, maxLength);
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  } catch (cause) {
    if (cause instanceof RangeError) throw tooLarge(file, bytes.length, maxLength, cause);
    throw cause;
  }
}

/**
 * The bytes of an input file; a file that cannot be read (missing, a
 * directory, no permission) is `E_NO_INPUT` naming it (as `shownAs`, the
 * spelling the user gave) and saying why.
 */
export function readInputBytes(path: string, what = 'input file', shownAs = path): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw readFailure(shownAs, what, cause);
  }
}

/** As `readInputBytes`, asynchronously. */
export async function readInputBytesAsync(path: string, what = 'input file', shownAs = path): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw readFailure(shownAs, what, cause);
  }
}

/** `readInputBytesAsync` then `decodeInputText`. */
export async function readInputText(path: string, what: string, shownAs = path): Promise<string> {
  return decodeInputText(await readInputBytesAsync(path, what, shownAs), shownAs);
}

function readFailure(file: string, what: string, cause: unknown): ImportGraphError {
  // Node refuses files over 2 GiB: that is the file's size, as for any text too large.
  if ((cause as NodeJS.ErrnoException)?.code === 'ERR_FS_FILE_TOO_LARGE') return tooLarge(file, undefined, MAX_TEXT_LENGTH, cause);
  const reason = (cause as NodeJS.ErrnoException)?.code === 'EISDIR' ? 'it is a directory' : (cause as Error).message;
  return new ImportGraphError('E_NO_INPUT', `cannot read the ${what} \`${file}\`: ${reason}`, { cause });
}

function located(problem: InputProblem, cause?: unknown): ImportGraphError {
  return new ImportGraphError('E_INPUT', formatProblem(problem), { problems: [problem], cause });
}

function tooLarge(file: string, bytes: number | undefined, maxLength: number, cause?: unknown): ImportGraphError {
  const size = bytes === undefined ? 'over 2 GiB' : `${bytes.toLocaleString('en-US')} bytes`;
  return located({ file, line: 1, column: 1, message: `too large to read as text (${size}; a string holds at most ${maxLength.toLocaleString('en-US')} characters)` }, cause);
}

/** The problem at the first byte that is not well-formed UTF-8 (the lead byte of a bad or cut-off sequence). */
export function invalidUtf8Problem(bytes: Uint8Array, file: string): InputProblem {
  const at = firstInvalidUtf8(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Columns count UTF-16 code units, as the lexer's do; on line 1 a byte order mark is not counted.
  const bom = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const column = utf16Length(bytes, lineStart + bom, at) + 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return { file, line, column, message: `invalid UTF-8 (byte 0x${byte} at byte offset ${at})` };
}

/** Offset of the first byte that starts an ill-formed sequence (WHATWG/Unicode rules: no overlongs, surrogates or values above U+10FFFF); `bytes.length` when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += need + 1;
  }
  return n;
}

/** UTF-16 code units that valid UTF-8 `bytes[from, to)` decodes to: one per sequence, two for a 4-byte one. */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  let units = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}
