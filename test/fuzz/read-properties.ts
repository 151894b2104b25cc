// The fuzz properties of the readers, shared by `npm test` (a few hundred inputs) and `npm run fuzz -- N` (millions): nothing read may crash a run.
/*
 * One property for every input: each reader (both `.import_info` decoders,
 * the spec reader, the `.m` scanner) returns normally or throws an
 * ImportGraphError whose problems each have the file, a line and column ≥ 1
 * and a message; and when the fast decoder decodes a text, the general one
 * decodes it to the same data, and so does the fast one with its entity
 * lists decoded later (as the bulk reader keeps them). Inputs are bytes (so invalid UTF-8 goes in
 * too): generated Mercury-ish terms, generated `.import_info` texts, and
 * real files (the examples, the fixtures) mutated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ImportGraphError, type InputProblem } from '../../src/errors.js';
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { decodeImportInfoAt } from '../../src/read/import-info.js';
import { decodeInputText } from '../../src/read/input-text.js';
import { scanMercurySource } from '../../src/read/mercury-source.js';
import { parseTransOptDepsSpec } from '../../src/read/trans-opt-deps-spec.js';
import { examplesDir, fixturesDir } from '../helpers/project.js';

/** A broken property, with what was read. */
export class FuzzFailure extends Error {}

const KNOWN = new Set(['list', 'io', 'builtin', 'private_builtin', 'calc', 'calc.eval']);

function checkProblems(problems: readonly InputProblem[], file: string, reader: string): void {
  for (const p of problems) {
    const ok = p.file === file && Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1 && typeof p.message === 'string' && p.message !== '';
    if (!ok) throw new FuzzFailure(`${reader}: a problem without a proper place or message: ${JSON.stringify(p)}`);
  }
}

/** `e` must be an `E_INPUT` ImportGraphError with at least one located problem. */
function checkLocatedError(e: unknown, file: string, reader: string): void {
  if (!(e instanceof ImportGraphError)) throw new FuzzFailure(`${reader} threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  if (e.code !== 'E_INPUT' || e.problems.length === 0) throw new FuzzFailure(`${reader}: ${e.code} without located problems: ${e.message}`);
  checkProblems(e.problems, file, reader);
}

function checkImportInfo(text: string): void {
  const file = 'fuzz.import_info';
  let fast;
  try {
    fast = decodeImportInfoFast(text, file);
  } catch (e) {
    throw new FuzzFailure(`the fast decoder threw instead of declining: ${e instanceof Error ? e.stack : String(e)}`);
  }
  let general;
  try {
    general = decodeImportInfoAt(text, file);
  } catch (e) {
    checkLocatedError(e, file, 'the general decoder');
    if (fast !== undefined) throw new FuzzFailure(`the fast decoder decoded a text the general decoder rejects: ${(e as Error).message}`);
    return;
  }
  if (fast !== undefined && JSON.stringify(fast) !== JSON.stringify(general)) throw new FuzzFailure('the two decoders disagree');
}

// The bulk reader's way: entity lists scanned, kept as where they start, decoded when asked; the same data as decoding at once.
function checkLazyImportInfo(text: string): void {
  const file = 'fuzz.import_info';
  const fast = decodeImportInfoFast(text, file);
  const lazy = decodeImportInfoFast(text, file, undefined, true);
  if ((lazy === undefined) !== (fast === undefined)) throw new FuzzFailure('the lazy fast decoder and the eager one disagree on declining');
  if (lazy !== undefined && JSON.stringify(lazy) !== JSON.stringify(fast)) throw new FuzzFailure('lazy entity lists decode differently');
}

function checkSpec(text: string): void {
  const file = 'fuzz.spec';
  let spec;
  try {
    spec = parseTransOptDepsSpec(text, file, KNOWN);
  } catch (e) {
    throw new FuzzFailure(`the spec reader threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  checkProblems(spec.errors, file, 'the spec reader');
  checkProblems(spec.warnings, file, 'the spec reader');
}

function checkSource(text: string): void {
  const file = 'fuzz.m';
  let scanned;
  try {
    scanned = scanMercurySource(text, file);
  } catch (e) {
    throw new FuzzFailure(`the .m scanner threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  checkProblems(scanned.warnings, file, 'the .m scanner');
  checkProblems(scanned.errors, file, 'the .m scanner');
}

/**
 * The property: every reader on `bytes`, as a file of its kind. Throws
 * FuzzFailure when broken. Returns the longest time one read took, in ms
 * (a user's run reads each file with one reader).
 */
export function checkAllReaders(bytes: Uint8Array): number {
  let t0 = performance.now();
  let text: string;
  try {
    text = decodeInputText(bytes, 'fuzz.input');
  } catch (e) {
    checkLocatedError(e, 'fuzz.input', 'the text decoder');
    return performance.now() - t0;
  }
  const decoded = performance.now() - t0;
  let slowest = 0;
  for (const check of [checkImportInfo, checkLazyImportInfo, checkSpec, checkSource]) {
    t0 = performance.now();
    check(text);
    slowest = Math.max(slowest, performance.now() - t0);
  }
  return decoded + slowest;
}

// ---- Inputs ----

const ATOMS = ['a', 'list', 'io', 'module_imports', 'module_imports_from', 'imported_preds', 'imported_types', 'imported_typeclasses', 'name_arity', 'module', 'import_module', 'module_allow_deps', 'module_disallow_deps', 'map', 'io__file', "'quoted'", "'it''s'", "'\\n'", "'+'", '[]', '{}', '!', ';', '-', '+', '*', '/', '.', '=', ':-', '\\+', 'rem', 'is', '`div`'];
const OPERATORS = [', ', '; ', ' - ', ' + ', '/', '.', ' = ', ' :- ', ' -> ', ' * ', ' ** ', ' rem ', ' `f` ', ' | ', '^', ' . ', '@'];
const PREFIXES = ['- ', '\\+ ', ':- ', 'not ', 'some [X] ', '?- ', '-'];

/** Mercury-ish term texts: mostly well-formed, with every kind of term and operator. */
export const termText: fc.Arbitrary<string> = fc.letrec<{ term: string }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...ATOMS),
    fc.constantFrom('X', '_', 'Acc', '_X1'),
    fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }).map(String), fc.constantFrom('0x1F', '0b101', '0o17', "0'a", '1_000', '1.5', '1.0e10', '2u8', '99999999999999999999999')),
    fc.constantFrom('"s"', '"a\\"b"', '"\\x41\\"', '""', '"multi\nline"'),
    fc.tuple(fc.constantFrom('f', 'module_imports', 'module_imports_from', 'imported_preds', 'name_arity', 'module_allow_deps', 'X', "'q'"), fc.array(tie('term'), { minLength: 1, maxLength: 4 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(fc.array(tie('term'), { maxLength: 5 }), fc.option(tie('term'), { freq: 5 })).map(([items, tail]) => `[${items.join(', ')}${tail === null || items.length === 0 ? '' : ` | ${tail}`}]`),
    fc.array(tie('term'), { maxLength: 3 }).map((items) => `{${items.join(', ')}}`),
    fc.tuple(tie('term'), fc.constantFrom(...OPERATORS), tie('term')).map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom(...PREFIXES), tie('term')).map(([op, a]) => `${op}${a}`),
    tie('term').map((a) => `(${a})`),
  ),
})).term;

/** A text of terms: each ended by `.` and layout, with comments now and then. */
export const termsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(termText, fc.constantFrom('.\n', '. ', '.', '.%c\n', ' .\n', '\n', '')), { minLength: 1, maxLength: 4 })
  .map((terms) => terms.map(([t, end]) => `${t}${end}`).join(''));

const moduleName = fc.constantFrom('list', 'io', 'a.b.c', 'io__file', "x.'y'", 'calc.eval', "'my mod'");
const entity = fc.oneof(
  fc.tuple(fc.constantFrom('map', 'foldl', "'+'", 'list.map', "'[|]'", 'p0'), fc.nat(12)).map(([n, a]) => `${n}/${a}`),
  fc.tuple(fc.constantFrom('append', 'two words', ''), fc.nat(5)).map(([n, a]) => `name_arity("${n}", ${a})`),
);
const group = fc.tuple(fc.constantFrom('types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses'), fc.array(entity, { maxLength: 6 })).map(([k, items]) => `imported_${k}([${items.join(', ')}])`);
const entry = fc.tuple(moduleName, fc.array(group, { maxLength: 4 })).map(([m, groups]) => `module_imports_from(${m}, [\n    ${groups.join(',\n    ')}\n])`);

/** `.import_info` texts of the shape mmc writes (both decoders must agree on them). */
export const importInfoText: fc.Arbitrary<string> = fc.tuple(moduleName, fc.array(entry, { maxLength: 6 })).map(([m, entries]) => `module_imports(${m}, [\n${entries.join(',\n')}\n]).\n`);

/** Real files to mutate: every example and fixture the readers take. */
export function seedFiles(): Buffer[] {
  const dirs = [join(examplesDir, 'calculator'), join(examplesDir, 'mercury-library', 'import_info'), join(fixturesDir, 'read', 'good'), join(fixturesDir, 'read', 'bad'), join(fixturesDir, 'mercury-source')];
  const files: string[] = [join(examplesDir, 'mercury-library', 'mer_std.trans_opt_deps_spec')];
  for (const dir of dirs) for (const f of readdirSync(dir).sort()) if (f.endsWith('.import_info') || f.endsWith('.m')) files.push(join(dir, f));
  return files.map((f) => readFileSync(f));
}

const TOKENS = ['(', ')', '[', ']', '{', '}', "'", '"', '`', '.', ',', '|', '%', '/*', '*/', '-', '+', '\\+', ':-', '0x', "0'", '\\', ' ', '\n', 'f(', 'X', '.(', '/', '__', 'module_imports(', ':- module m.\n', ':- import_module ', 'module_allow_deps(m, ['];
const OPENERS = ['[', '(', '{', 'f(', '- ', 'a.(', 'a, ', '\\+ ', '[a | ', 'X(', 'a - '];
const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '{': '}', 'f(': ')', 'a.(': ')', '[a | ': ']', 'X(': ')' };

/** How many levels or items: mostly a few, now and then thousands, rarely 100,000. */
const amount = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 100 }), weight: 50 }, { arbitrary: fc.integer({ min: 100, max: 5_000 }), weight: 5 }, { arbitrary: fc.integer({ min: 5_000, max: 100_000 }), weight: 1 });

type Mutation = (b: Buffer) => Buffer;
const at = (b: Buffer, pos: number): number => pos % (b.length + 1);
const insert = (b: Buffer, pos: number, s: Buffer | string): Buffer => Buffer.concat([b.subarray(0, at(b, pos)), typeof s === 'string' ? Buffer.from(s) : s, b.subarray(at(b, pos))]);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([pos, bit]): Mutation => (b) => {
    if (b.length === 0) return b;
    const c = Buffer.from(b);
    c[pos % c.length]! ^= 1 << bit;
    return c;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([pos, token]): Mutation => (b) => insert(b, pos, token)),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80, max: 0xff })).map(([pos, bytes]): Mutation => (b) => insert(b, pos, Buffer.from(bytes))),
  fc.tuple(fc.nat(), fc.nat(64)).map(([pos, n]): Mutation => (b) => Buffer.concat([b.subarray(0, at(b, pos)), b.subarray(at(b, pos) + n)])),
  fc.nat().map((pos): Mutation => (b) => b.subarray(0, at(b, pos))),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(200)).map(([pos, from, n]): Mutation => (b) => insert(b, pos, b.subarray(at(b, from), at(b, from) + n))),
  fc.tuple(fc.nat(), fc.constantFrom(...OPENERS), amount, fc.boolean()).map(([pos, open, n, balanced]): Mutation => (b) => insert(b, pos, `${open.repeat(n)}${balanced ? `a${(CLOSERS[open] ?? '').repeat(n)}` : ''}`)),
  fc.tuple(fc.nat(), fc.constantFrom('p/1, ', 'name_arity("x", 2), ', 'a.b, ', 'imported_preds([q/0]), ', 'module_imports_from(m, []), '), amount).map(([pos, item, n]): Mutation => (b) => insert(b, pos, item.repeat(n))),
);

/** A real file with one to five mutations. */
export function mutatedFile(seeds: readonly Buffer[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([seed, ms]) => ms.reduce((b, m) => m(b), seed));
}

/** Every kind of input, as bytes, with a name for reports. */
export function inputKinds(seeds: readonly Buffer[]): Array<{ name: string; input: fc.Arbitrary<Uint8Array> }> {
  const bytes = (a: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> => a.map((s) => Buffer.from(s));
  return [
    { name: 'generated terms', input: bytes(termsText) },
    { name: 'generated .import_info texts', input: bytes(importInfoText) },
    { name: 'generated texts, mutated', input: fc.tuple(fc.oneof(bytes(termsText), bytes(importInfoText)), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([b, ms]) => ms.reduce((x, m) => m(Buffer.from(x)), b)) },
    { name: 'real files, mutated', input: mutatedFile(seeds) },
  ];
}
