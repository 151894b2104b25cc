// Expands the command line's inputs (paths, quoted globs, @response files) into one sorted list of files.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { ImportGraphError } from '../errors.js';
import { appendAll } from './append-all.js';
import { readInputText } from './input-text.js';

export interface ExpandOptions {
  /** Directory that relative paths, globs and response files are taken from; default `process.cwd()`. */
  cwd?: string;
  /** Called once every path is listed and every glob expanded, before they are sorted and repeats dropped, with how many there are (a reader may start its threads meanwhile). */
  onListed?: (count: number) => void;
}

/** Expanded inputs whose plain paths are not yet known to be files (see `expandInputList`). */
export interface InputList {
  /** The files, each once, sorted. */
  files: string[];
  /**
   * Throws `E_NO_INPUT` for the first plain path (as given, in order) that is
   * missing or not a file, exactly as `expandInputs` does; nothing otherwise.
   * A reader that opens every file anyway calls it only when one fails.
   */
  check(): void;
}

/**
 * Each argument is a file path, a glob (fast-glob syntax; must match at
 * least one file) or `@listfile`: a file of paths or globs, one a line,
 * blank lines and `#` comments ignored. Returns the files, each once, sorted.
 * Throws `E_NO_INPUT` for a missing file, a glob matching nothing or an
 * unreadable list file.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<string[]> {
  const list = await expandInputList(args, options);
  list.check();
  return list.files;
}

/**
 * As `expandInputs`, without a stat per plain path: a glob matching nothing
 * and an unreadable list file still throw here, a missing file or a directory
 * only when `check` is called (100,000 stats cost about as much as reading
 * the files, and a reader learns the same from its own open).
 */
export async function expandInputList(args: readonly string[], options: ExpandOptions = {}): Promise<InputList> {
  const cwd = options.cwd ?? process.cwd();
  // Every list file is read before any glob is expanded (an unreadable one is reported first).
  const groups: Listed[] = [];
  for (const arg of args) groups.push(arg.startsWith('@') ? await readResponseFile(arg.slice(1), cwd) : { patterns: [arg], plainOnly: false, plainShaped: false });
  const plain: string[] = [];
  const found: string[] = [];
  // The paths whose shape is not known from their list's text (see `spelledAlike`).
  const shapeUnknown: string[] = [];
  for (const { patterns, plainOnly, plainShaped } of groups) {
    if (plainOnly) {
      appendAll(plain, patterns);
      if (!plainShaped) appendAll(shapeUnknown, patterns);
      continue;
    }
    for (const p of patterns) {
      if (!mayBeDynamic(p) || !fg.isDynamicPattern(p)) {
        plain.push(p);
        if (!plainShaped) shapeUnknown.push(p);
        continue;
      }
      const matches = await globFiles(p, cwd);
      if (matches.length === 0) throw new ImportGraphError('E_NO_INPUT', `no file matches the glob \`${p}\``);
      appendAll(found, matches);
      appendAll(shapeUnknown, matches);
    }
  }
  appendAll(found, plain);
  options.onListed?.(found.length);
  let checked = false;
  const check = (): void => {
    if (!checked) checkPlainFiles(plain, cwd);
    checked = true;
  };
  return { files: uniqueByLocation(found, cwd, shapeUnknown), check };
}

/** An argument's paths and globs (one, or a list file's lines), and what its text shows of all of them at once. */
interface Listed {
  patterns: string[];
  /** None has a character that may make it a glob (`mayBeDynamic`). */
  plainOnly: boolean;
  /** None may have `.` or `..` parts, doubled or trailing slashes (`mayNotBePlain`). */
  plainShaped: boolean;
}

/** False when a pattern has none of the characters that make fast-glob take it as a glob (`\\ * ? ! [ ( {`): a plain path, without asking fast-glob (whose check costs about 1 µs a line). */
function mayBeDynamic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 92 || c === 42 || c === 63 || c === 33 || c === 91 || c === 40 || c === 123) return true;
  }
  return false;
}

/** Throws `E_NO_INPUT` for the first plain path that is missing or not a file. */
function checkPlainFiles(plain: readonly string[], cwd: string): void {
  // Synchronous stats: measured 7 times faster than asynchronous ones for a 100,000-line list; files a directory listing shows as regular need none.
  const listed = regularFilesListed(plain, cwd);
  for (const p of plain) {
    if (listed(p)) continue;
    let isFile: boolean;
    try {
      isFile = statSync(path.resolve(cwd, p)).isFile();
    } catch (cause) {
      throw new ImportGraphError('E_NO_INPUT', `cannot read input file \`${p}\`: ${(cause as Error).message}`, { cause });
    }
    if (!isFile) throw new ImportGraphError('E_NO_INPUT', `input \`${p}\` is not a file`);
  }
}

/** Directories named by at least this many plain paths are listed once instead of statting each file. */
const LIST_DIRECTORY_FROM = 16;

/**
 * Whether a plain path is a regular file by its directory's listing (one
 * readdir for a directory of many inputs instead of a stat each: 100,000
 * stats cost about as much as reading the files). False means "not known":
 * symbolic links, paths with `.`/`..` parts, rare directories, unreadable
 * directories and names not listed are statted as before, with its errors.
 */
function regularFilesListed(plain: readonly string[], cwd: string): (file: string) => boolean {
  const count = new Map<string, number>();
  for (const p of plain) {
    const slash = p.lastIndexOf('/');
    if (slash > 0 && !mayNotBePlain(p)) count.set(p.slice(0, slash), (count.get(p.slice(0, slash)) ?? 0) + 1);
  }
  const files = new Map<string, Set<string>>();
  for (const [dir, n] of count) {
    if (n < LIST_DIRECTORY_FROM || path.sep !== '/') continue;
    try {
      files.set(dir, new Set(readdirSync(path.resolve(cwd, dir), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)));
    } catch {
      // Left to the stats, which say why.
    }
  }
  return (file) => {
    const slash = file.lastIndexOf('/');
    return slash > 0 && files.get(file.slice(0, slash))?.has(file.slice(slash + 1)) === true && !mayNotBePlain(file);
  };
}

/** A glob's matches; a directory it cannot read (no permission, a broken link, a loop) is `E_NO_INPUT` with the path and why, not a crash. */
async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  try {
    // fast-glob suppresses only ENOENT by default; every other error rejects and is reported here.
    return await fg(pattern, { cwd, onlyFiles: true, dot: false, suppressErrors: false });
  } catch (cause) {
    throw new ImportGraphError('E_NO_INPUT', `cannot expand the glob \`${pattern}\`: ${(cause as Error).message}`, { cause });
  }
}

/** A character that may make a pattern a glob (as `mayBeDynamic`), anywhere in a list file's text. */
const GLOB_CHARACTER = /[\\*?![({]/;
/** What may make a list file's line not plain (as `mayNotBePlain`): a `/.`, a `//`, a line that ends in `/` or starts with `.` once trimmed (each search bounded by its line). Comment lines may match too (then each line is looked at). */
const NOT_PLAIN_SHAPE = /\/\.|\/\/|\/[^\S\n]*(?:\n|$)|(?:^|\n)[^\S\n]*\./;

/** One path or glob per line; blank lines and `#` comment lines skipped. One search of the whole text each says whether any line may be a glob or may not be plain (100,000 lines one by one cost about 40 ms). */
async function readResponseFile(listFile: string, cwd: string): Promise<Listed> {
  const text = await readInputText(path.resolve(cwd, listFile), 'list file', listFile);
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) lines.push(line);
  }
  return { patterns: lines, plainOnly: !GLOB_CHARACTER.test(text), plainShaped: !NOT_PLAIN_SHAPE.test(text) };
}

/** True when a path may have `.` or `..` parts, doubled or trailing slashes, or be empty; also for some plain paths (`a/.b`), which then take the exact, slower way. String searches: a regular expression per path cost more. */
function mayNotBePlain(file: string): boolean {
  return file === '' || file.charCodeAt(0) === 46 || file.includes('/.') || file.includes('//') || file.endsWith('/');
}

/** Where a path of an `@list` or glob usually is already plain (`/a/b`, `a/b`): spelled out without path.resolve's parsing, which cost 0.4 s per 100,000 files. */
function resolvedKey(base: string, file: string): string {
  if (path.sep !== '/' || mayNotBePlain(file)) return path.resolve(base, file);
  return file.charCodeAt(0) === 47 ? file : base === '/' ? `/${file}` : `${base}/${file}`;
}

/** Sorted by spelling; `a/x` and `./a/x` are one file (the first spelling in sort order is kept). `shapeUnknown`: those of `files` whose list did not show them plain. */
function uniqueByLocation(files: string[], cwd: string, shapeUnknown: readonly string[]): string[] {
  // The default sort compares strings by UTF-16 code units, as `<` does, without calling a comparator per pair.
  files.sort();
  const out: string[] = [];
  if (spelledAlike(files, shapeUnknown)) {
    // Equal locations are equal spellings here, and sorted spellings put them side by side.
    for (let i = 0; i < files.length; i++) if (i === 0 || files[i] !== files[i - 1]) out.push(files[i]!);
    return out;
  }
  const seen = new Set<string>();
  const base = path.resolve(cwd);
  for (const f of files) {
    const key = resolvedKey(base, f);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** True when every path is plain (those of `shapeUnknown` looked at one by one, the others known by their list) and all are absolute or all relative: then two paths are one location exactly when they are spelled the same. */
function spelledAlike(files: readonly string[], shapeUnknown: readonly string[]): boolean {
  if (path.sep !== '/') return false;
  if (files.length === 0) return true;
  for (const f of shapeUnknown) if (mayNotBePlain(f)) return false;
  const absolute = files[0]!.charCodeAt(0) === 47;
  for (const f of files) if ((f.charCodeAt(0) === 47) !== absolute) return false;
  return true;
}
