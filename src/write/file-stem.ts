// Names each SCC's files (`imports_C.dot`, `.svg`) after its first module, safe and bounded: any name gives a file name well within 255 bytes.
import { createHash } from 'node:crypto';
import { wellFormed } from './well-formed.js';

/** Longest stem, in bytes (all ASCII): with `.dot`/`.svg` and the writer's temporary suffix it stays far below 255. */
export const MAX_STEM_BYTES = 160;

// Characters other than these are written as `%` + hex code point, so the stem is plain ASCII.
const encode = (name: string): string => wellFormed(name).replace(/[^A-Za-z0-9_.-]/gu, (c) => `%${c.codePointAt(0)!.toString(16).padStart(2, '0')}`);

/** 8 hex digits of the SHA-256 of the name (UTF-8). */
export const nameHash = (name: string): string => createHash('sha256').update(wellFormed(name), 'utf8').digest('hex').slice(0, 8);

/**
 * `imports_C` with C the module name, `%`-escaped where it holds other than letters, digits, `_`, `.`, `-`;
 * past MAX_STEM_BYTES, a prefix of that (no escape cut short) + `-` + nameHash(C), so different long names get different stems.
 */
export function fileStemOf(moduleName: string): string {
  const stem = `imports_${encode(moduleName)}`;
  if (stem.length <= MAX_STEM_BYTES) return stem;
  const hash = nameHash(moduleName);
  let prefix = stem.slice(0, MAX_STEM_BYTES - 1 - hash.length);
  // An escape is at most `%10ffff`: a `%` that close to the end may be cut short, so the prefix ends before it.
  const cut = prefix.lastIndexOf('%');
  if (cut > prefix.length - 7) prefix = prefix.slice(0, cut);
  return `${prefix}-${hash}`;
}

/**
 * Stems for SCCs given by first module, in order: fileStemOf each, and a name whose stem is taken already
 * (escapes are not unique: `%2f5` is both `/5` and U+02F5; and some file systems ignore case) gets `~2`, `~3`, ...
 * (`~` is never in a stem).
 */
export function uniqueFileStems(firstModules: readonly string[]): string[] {
  const used = new Set<string>();
  return firstModules.map((name) => {
    let stem = fileStemOf(name);
    for (let k = 2; used.has(stem.toLowerCase()); k++) stem = `${fileStemOf(name)}~${k}`;
    used.add(stem.toLowerCase());
    return stem;
  });
}
