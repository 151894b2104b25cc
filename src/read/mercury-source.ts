// Reads the imports of a Mercury `.m` file with the real term lexer and parser, so `importgraph scc library/*.m` works without mmc's help.
//
// Two passes, O(n) in the text. (1) Terms: `:- module`, `:- end_module`,
// `:- import_module`, `:- use_module`, `:- include_module` (comma-separated
// lists, any layout, `.` or `__` qualifiers, quoted names). A nested `:- module`
// opens a submodule of the current module until its `:- end_module`. A term with
// a syntax error is skipped (reported as a warning): only declarations matter.
// (2) Tokens, for the content-triggered imports mmc adds (mercury.md):
// `string.format(`/`io.format(` -> string.format, string.parse_util; an
// unqualified `format(`, or the constant `format` in a clause -> also stream; `try [` -> exception; `trace [... io(...)]`
// -> io; `pragma memo(`/`minimal_model(`/`loop_check(` -> table_builtin. Comments,
// strings (so foreign_proc bodies), and quoted atoms are single tokens and can
// never look like declarations or triggers. Every module also gets the implicit
// `builtin` and `private_builtin`. Ancestor imports need all files together:
// see `sourceModuleImports`.
import type { InputProblem } from '../errors.js';
import { moduleName } from './module-name.js';
import { moduleNameProblem } from './name-policy.js';
import { formatConstantIn } from './format-atoms.js';
import { describeTerm, type Term } from './term.js';
import { TermLexer, type Token } from './term-lexer.js';
import { TermReader } from './term-parser.js';

export type ImportKind = 'import' | 'use' | 'implicit';

export interface SourceImport {
  module: string;
  kind: ImportKind;
  /** For implicit imports: why (`always`, `string.format`, `try goal`, ...). */
  reason?: string;
  line: number;
}

/** One module (top-level or nested) found in a `.m` file. */
export interface ScannedModule {
  module: string;
  file: string;
  line: number;
  column: number;
  /** Explicit and implicit imports, in file order, repeats kept. */
  imports: SourceImport[];
  /** Submodules named by `:- include_module` (fully qualified). */
  includes: string[];
}

export interface ScannedFile {
  modules: ScannedModule[];
  /** Syntax problems and declarations that could not be read (the scan goes on). */
  warnings: InputProblem[];
  /** Fatal for this file: no `:- module` declaration, or a module name outside the policy (src/read/name-policy.ts). */
  errors: InputProblem[];
}

const DECLARATIONS = new Set(['module', 'end_module', 'import_module', 'use_module', 'include_module']);
const TABLING = new Set(['memo', 'minimal_model', 'loop_check']);

/** Scans one `.m` file's text. */
export function scanMercurySource(text: string, file: string): ScannedFile {
  const warnings: InputProblem[] = [];
  const errors: InputProblem[] = [];
  const modules: ScannedModule[] = [];
  // Module switches by text offset, for the token pass: from `offset` on, tokens belong to `module` (-1: none).
  const switches: Array<{ offset: number; module: number }> = [];
  const stack: number[] = [];
  const reader = new TermReader(text, file);
  for (;;) {
    const r = reader.read();
    if (r.kind === 'eof') break;
    if (r.kind === 'problem') {
      warnings.push(r.problem);
      continue;
    }
    const decl = declarationOf(r.term);
    if (decl === undefined) {
      formatConstant(r.term, stack.length > 0 ? modules[stack[stack.length - 1]!] : undefined);
      continue;
    }
    const [what, arg] = decl;
    const current = stack.length > 0 ? modules[stack[stack.length - 1]!]! : undefined;
    const names = commaItems(arg).map((t) => ({ t, name: moduleName(t) }));
    for (const { t, name } of names) {
      if (name === undefined) warnings.push({ file, line: t.line, column: t.column, message: `expected a module name, found ${describeTerm(t)}` });
    }
    // A name outside the policy (src/read/name-policy.ts) is an error: it would reach make and file names.
    const good = names.filter((x) => x.name !== undefined && accepted(x.t, x.name, file, errors)) as Array<{ t: Term; name: string }>;
    if (what === 'module') {
      if (good.length !== 1) continue;
      const { t, name } = good[0]!;
      const full = current === undefined || name.startsWith(`${current.module}.`) ? name : `${current.module}.${name}`;
      if (!accepted(t, full, file, errors)) continue;
      modules.push({ module: full, file, line: t.line, column: t.column, imports: [], includes: [] });
      stack.push(modules.length - 1);
      switches.push({ offset: r.end.end, module: modules.length - 1 });
    } else if (what === 'end_module') {
      stack.pop();
      switches.push({ offset: r.end.end, module: stack.length > 0 ? stack[stack.length - 1]! : -1 });
    } else if (current === undefined) {
      warnings.push({ file, line: r.term.line, column: r.term.column, message: `\`:- ${what}\` before any \`:- module\` declaration` });
    } else if (what === 'include_module') {
      for (const { t, name } of good) {
        const full = name.startsWith(`${current.module}.`) ? name : `${current.module}.${name}`;
        if (accepted(t, full, file, errors)) current.includes.push(full);
      }
    } else {
      for (const { t, name } of good) current.imports.push({ module: name, kind: what === 'import_module' ? 'import' : 'use', line: t.line });
    }
  }
  if (modules.length === 0) {
    if (errors.length === 0) errors.push({ file, line: 1, column: 1, message: 'expected a `:- module` declaration, found none' });
    return { modules, warnings, errors };
  }
  for (const m of modules) {
    m.imports.push({ module: 'builtin', kind: 'implicit', reason: 'always', line: m.line }, { module: 'private_builtin', kind: 'implicit', reason: 'always', line: m.line });
  }
  contentTriggers(text, modules, switches);
  return { modules, warnings, errors };
}

/** A clause using the constant `format` (`Style = format`) imports what an unqualified format call does. */
function formatConstant(term: Term, module: ScannedModule | undefined): void {
  if (module === undefined || (term.kind === 'compound' && term.functor === ':-' && term.args.length === 1)) return;
  const atom = formatConstantIn(term);
  if (atom === undefined) return;
  for (const m of ['string.format', 'string.parse_util', 'stream']) module.imports.push({ module: m, kind: 'implicit', reason: 'format constant', line: atom.line });
}

/** True when the name is within the policy; else its problem goes to `errors`. */
function accepted(t: Term, name: string, file: string, errors: InputProblem[]): boolean {
  const problem = moduleNameProblem(t, name, file);
  if (problem !== undefined) errors.push(problem);
  return problem === undefined;
}

/** `:- module X` and kin: the declaration's name and argument. */
function declarationOf(term: Term): [string, Term] | undefined {
  if (term.kind !== 'compound' || term.functor !== ':-' || term.args.length !== 1) return undefined;
  const inner = term.args[0]!;
  if (inner.kind !== 'compound' || inner.args.length !== 1 || !DECLARATIONS.has(inner.functor)) return undefined;
  return [inner.functor, inner.args[0]!];
}

/** `a, b, c` as the list of its items (`','` is right-associative). */
function commaItems(t: Term): Term[] {
  const items: Term[] = [];
  let rest = t;
  while (rest.kind === 'compound' && rest.functor === ',' && rest.args.length === 2) {
    items.push(rest.args[0]!);
    rest = rest.args[1]!;
  }
  items.push(rest);
  return items;
}

function contentTriggers(text: string, modules: ScannedModule[], switches: Array<{ offset: number; module: number }>): void {
  const lexer = new TermLexer(text);
  const window: Token[] = [];
  let next = 0;
  let current = -1;
  // Inside `trace [ ... ]`: bracket depth, or 0 when not inside one.
  let traceDepth = 0;
  const add = (module: string, reason: string, line: number): void => {
    if (current >= 0) modules[current]!.imports.push({ module, kind: 'implicit', reason, line });
  };
  for (;;) {
    const tok = lexer.next();
    if (tok.kind === 'eof') break;
    while (next < switches.length && switches[next]!.offset <= tok.start) current = switches[next++]!.module;
    window.push(tok);
    if (window.length > 3) window.shift();
    const [a, b] = [window[window.length - 3], window[window.length - 2]];
    const isName = (t: Token | undefined, value: string): boolean => t !== undefined && t.kind === 'name' && !t.quoted && t.value === value;
    if (tok.kind === 'name' && !tok.quoted && tok.applied) {
      if (tok.value === 'format' || tok.value === 'string__format' || tok.value === 'io__format') {
        const qualifier = tok.value.includes('__') ? tok.value.split('__')[0] : isName(b, '.') && a?.kind === 'name' ? a.value : undefined;
        if (qualifier === 'string' || qualifier === 'io') {
          add('string.format', `${qualifier}.format`, tok.line);
          add('string.parse_util', `${qualifier}.format`, tok.line);
        } else if (qualifier === undefined) {
          add('string.format', 'unqualified format', tok.line);
          add('string.parse_util', 'unqualified format', tok.line);
          add('stream', 'unqualified format', tok.line);
        }
      } else if (TABLING.has(tok.value) && isName(b, 'pragma')) {
        add('table_builtin', `pragma ${tok.value}`, tok.line);
      } else if (traceDepth > 0 && tok.value === 'io') {
        add('io', 'trace goal with io', tok.line);
      }
    }
    if (tok.kind === 'punctuation' && tok.value === '[') {
      if (isName(b, 'try')) add('exception', 'try goal', tok.line);
      if (traceDepth > 0) traceDepth++;
      else if (isName(b, 'trace')) traceDepth = 1;
    } else if (tok.kind === 'punctuation' && tok.value === ']' && traceDepth > 0) {
      traceDepth--;
    }
  }
}
