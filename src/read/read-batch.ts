// Reads and scans a run of `.import_info` files into integers, one buffer of their bytes and one of their entity lists, so a worker thread can do it and hand the result over without objects to copy.
/*
 * Each file is read straight into one growing buffer (open, read until a
 * read returns nothing, close: what readFileSync does for a file of unknown
 * size, without a buffer or an fstat per file) and scanned at
 * once, while its bytes are in the cache: from the bytes by the byte
 * scanner (`read-byte-scan`) when it has the plainest shape, the usual case,
 * else when all ASCII from its text (a byte a character) by the fast
 * decoder's scanner (`scanImportInfoFast`). Only the scanned entries' entity
 * lists are kept, one after the other in `lists` (about half the bytes; the
 * rest, module names and layout, is in the records already), one text per
 * batch, not one per file (100,000 strings were most of reading's garbage):
 * what the entries' lists are later read from, for as long as the modules
 * live. The module names met are interned at the end of the batch, in the
 * order written (`internScanned`).
 * Other files (any non-ASCII byte), what both scanners decline, and every
 * problem are left to the main thread's one-file path (`decodeFile`), so
 * messages and positions are exactly those of reading one file alone: only
 * their bytes are kept.
 * Records, per file in order:
 *   FILE_SCANNED, byte start in the batch, byte length, then
 *   `scanImportInfoFast`'s ints (entity list positions in `lists`);
 *   FILE_GENERAL, byte start in `bytes`, byte length (decode these bytes as
 *   one file);
 *   FILE_REREAD (not read here: missing, unreadable, a directory, too
 *   large or empty, and read it again to say why it fails; or left for the
 *   one-file path because the batch's bytes reached `maxBytes`, which keeps
 *   the batch's buffer, and its lists' text, within bounds).
 */
import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { SCAN_ENTRY, SCAN_HEADER, scanImportInfoFast } from './import-info-fast.js';
import { internScanned, scanImportInfoBytes, startScanning } from './read-byte-scan.js';
import { IntList } from './int-list.js';
import type { NameTable } from './name-table.js';

export const FILE_SCANNED = 0;
export const FILE_GENERAL = 1;
export const FILE_REREAD = 2;

/** Files `from` to `to` (exclusive) of a list, read and scanned. */
export interface ReadBatch {
  from: number;
  to: number;
  /** Per file: the records described at the top of this file; name ids are the reading thread's. */
  records: Int32Array;
  /** The FILE_GENERAL files' bytes one after the other (the records give each file's range). */
  bytes: ArrayBuffer;
  /** The scanned files' entity lists one after the other (ASCII): where the records' list positions are. */
  lists: string;
  /** Names the reading thread's table learnt in this batch, in id order (for a worker thread's table). */
  names: string[];
  /** How many of the files are FILE_REREAD (each then asks for the inputs' check first, as any file not read here does). */
  unread: number;
}

/** Larger files are left to the main thread's one-file path (which says when one is too large for a string). */
const MAX_SCANNED_BYTES = 64 << 20;
/** A batch reads no more files once it holds this many bytes: with the last file read, at most 192 MiB (its lists' text is less, a text V8 can hold: 512 MiB). */
const MAX_BATCH_BYTES = 128 << 20;

/** The buffer a batch is read into, the one its lists are copied into, and its records as they are made, reused by the next batch of the same thread. */
let work = Buffer.allocUnsafeSlow(1 << 20);
let listWork = Buffer.allocUnsafeSlow(1 << 19);
const recordList = new IntList();

/**
 * Reads and scans `files[from, to)`, interning module names in `table`.
 * `namesFrom` is the table's size when the thread last reported: the names
 * added since come back in `names` (undefined: none, the table is the main
 * thread's own). Files after the first `maxBytes` bytes are not read here.
 */
export function readBatch(files: readonly string[], from: number, to: number, table: NameTable, namesFrom?: number, maxBytes = MAX_BATCH_BYTES): ReadBatch {
  const out = recordList;
  out.truncate(0);
  startScanning();
  let used = 0;
  let unread = 0;
  let listsUsed = 0;
  let general = 0;
  for (let f = from; f < to; f++) {
    // Each file is scanned as soon as it is read, while its bytes are in the cache.
    const length = used < maxBytes ? readInto(files[f]!, used) : -1;
    if (length < 0) {
      out.push(FILE_REREAD);
      unread++;
      continue;
    }
    const at = out.length;
    out.push(FILE_SCANNED);
    out.push(used);
    out.push(length);
    if (scanFile(table, out, used, used + length)) {
      listsUsed = keepLists(out, at + 3, listsUsed);
    } else {
      out.set(at, FILE_GENERAL);
      general += length;
    }
    used += length;
  }
  internScanned(work, table, out);
  const done = out.toArray();
  // A text at once (a worker's is copied to the main thread as a text is, once, where bytes would be turned into a text there).
  const lists = listWork.toString('latin1', 0, listsUsed);
  return { from, to, records: done, bytes: generalBytes(done, general), lists, names: namesFrom === undefined ? [] : table.namesFrom(namesFrom), unread };
}

/**
 * Scans the file at `work[start, end)` into `out`, its list positions
 * `work`'s: from its bytes, or when that declines and it is all ASCII, from
 * its text. False (nothing appended) when both decline.
 */
function scanFile(table: NameTable, out: IntList, start: number, end: number): boolean {
  if (scanImportInfoBytes(work, out, start, end)) return true;
  if (!isAscii(work.subarray(start, end))) return false;
  // The names of the files before it are interned first: names get their ids in the order written.
  internScanned(work, table, out);
  const at = out.length;
  if (!scanImportInfoFast(work.toString('latin1', start, end), table, out)) return false;
  for (let e = at + SCAN_HEADER; e < out.length; e += SCAN_ENTRY) {
    out.set(e + 2, out.at(e + 2) + start);
    out.set(e + 3, out.at(e + 3) + start);
  }
  return true;
}

/** The FILE_GENERAL files' bytes (`total` of them) copied out of `work` one after the other, each file's start in `records` made its start there. */
function generalBytes(records: Int32Array, total: number): ArrayBuffer {
  const bytes = new Uint8Array(total);
  let used = 0;
  for (let p = 0; p < records.length; ) {
    const status = records[p];
    if (status === FILE_REREAD) {
      p++;
      continue;
    }
    const start = records[p + 1]!;
    const length = records[p + 2]!;
    if (status === FILE_GENERAL) {
      bytes.set(work.subarray(start, start + length), used);
      records[p + 1] = used;
      used += length;
      p += 3;
    } else {
      p += 3 + SCAN_HEADER + SCAN_ENTRY * records[p + 3 + 3]!;
    }
  }
  return bytes.buffer;
}

/** Copies the entity lists of the file scanned into `out` from `at` (its header) from `work` to `listWork` at `used`, their positions in `out` made `listWork`'s: where the next lists go. */
function keepLists(out: IntList, at: number, used: number): number {
  const count = out.at(at + 3);
  for (let e = at + SCAN_HEADER; e < at + SCAN_HEADER + count * SCAN_ENTRY; e += SCAN_ENTRY) {
    const start = out.at(e + 2);
    const end = out.at(e + 3);
    if (used + end - start > listWork.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(used + end - start, listWork.length * 2));
      listWork.copy(larger, 0, 0, used);
      listWork = larger;
    }
    out.set(e + 2, used);
    // A loop for the usual few dozen bytes (less than what a call to Buffer.copy costs), through locals (module variables are read again on every step).
    const from = work;
    const into = listWork;
    if (end - start > 256) used += from.copy(into, used, start, end);
    else for (let i = start; i < end; i++) into[used++] = from[i]!;
    out.set(e + 3, used);
  }
  return used;
}

/** Opening without waiting: a named pipe nobody writes to would block a plain open (such files are left to the one-file path). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Room left free after the bytes read before each read: a file smaller than this is read by one read, its end seen by a second read that returns nothing. */
const READ_ROOM = 64 << 10;
/** A file still not at its end after this many bytes is statted: one too large or not a regular file is left before more is read. */
const STAT_FROM = 1 << 20;

/**
 * Reads a file into `work` at `at`: its length, or -1 when it is not read
 * here (missing, a directory, too large, empty...). Its end is where a read
 * returns nothing, as `readFileSync` finds it in a file of unknown size:
 * without the fstat of each file (an fstat and its Stats object cost about
 * a tenth of reading a small file). Nothing read is -1 too: an empty file, or
 * a named pipe nobody writes to (the one-file path says why it fails, or what
 * is in it); a read that would wait (a pipe or terminal without data) fails.
 */
function readInto(path: string, at: number): number {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return -1;
  }
  try {
    let n = 0;
    let statted = false;
    for (;;) {
      if (work.length - at - n < READ_ROOM) grow(at + n + READ_ROOM);
      const got = readSync(fd, work, at + n, Math.min(work.length - at - n, MAX_SCANNED_BYTES + 1 - n), null);
      if (got === 0) return n > 0 ? n : -1;
      n += got;
      if (n > MAX_SCANNED_BYTES) return -1;
      if (n >= STAT_FROM && !statted) {
        const stats = fstatSync(fd);
        if (!stats.isFile() || stats.size > MAX_SCANNED_BYTES) return -1;
        statted = true;
      }
    }
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

function grow(size: number): void {
  const larger = Buffer.allocUnsafeSlow(Math.max(size, work.length * 2));
  work.copy(larger);
  work = larger;
}
