// Builds terms from tokens with Mercury's operator precedences, so `.import_info` files and `.m` declarations are read as Mercury reads them.
/*
 * Operator-precedence (Pratt-style) parsing, as in Mercury's
 * mercury_term_parser.m: a left term (atom, number, string, variable,
 * application, list, tuple, parenthesised term or prefix-operator term), then
 * infix operators while their priority fits. O(tokens). Recursion depth
 * follows the nesting of the text (argument lists and right-associative
 * chains), which is shallow in real inputs.
 */

import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import { INFIX_OPS, PREFIX_OPS } from './operators.js';
import { CONS, NIL, type Term } from './term.js';
import { TermLexer, describeToken, type Token } from './term-lexer.js';

export type { Term } from './term.js';

/** Arguments and list items are parsed below the priority of `,`. */
const ARG_PRIORITY = 999;
const MAX_PRIORITY = 1200;
/** Priority of an infix `` `name` `` operator (Mercury's). */
const BACKQUOTE_PRIORITY = 100;

/** A syntax problem at a token; carried up to the term's reader. */
class SyntaxProblem {
  constructor(
    readonly token: Token,
    readonly message: string,
  ) {}
}

/** One result of `TermReader.read()`. */
export type ReadResult =
  | { kind: 'term'; term: Term; /** the end token `.` */ end: Token }
  | { kind: 'problem'; problem: InputProblem }
  | { kind: 'eof'; line: number; column: number };

interface Parsed {
  term: Term;
  priority: number;
}

/**
 * Reads the terms of one text one after the other. After a problem it skips
 * to the next end token, so a caller can go on with the next term (as a
 * scanner of `.m` files wants to).
 */
export class TermReader {
  private readonly lexer: TermLexer;
  /** The current token: the lexer's shared object, overwritten by `advance()`; copy fields before advancing. */
  private tok: Token;

  constructor(
    text: string,
    readonly file: string,
  ) {
    this.lexer = new TermLexer(text);
    this.tok = this.lexer.nextShared();
  }

  /** The next term, problem or end of file. */
  read(): ReadResult {
    if (this.tok.kind === 'eof') return { kind: 'eof', line: this.tok.line, column: this.tok.column };
    try {
      const { term } = this.parse(MAX_PRIORITY);
      if (this.tok.kind !== 'end') this.fail(this.tok, 'an operator or `.`');
      const end = { ...this.tok };
      this.advance();
      return { kind: 'term', term, end };
    } catch (e) {
      if (!(e instanceof SyntaxProblem)) throw e;
      const { line, column } = e.token;
      this.skipPastEnd();
      return { kind: 'problem', problem: { file: this.file, line, column, message: e.message } };
    }
  }

  private skipPastEnd(): void {
    while (this.tok.kind !== 'end' && this.tok.kind !== 'eof') this.advance();
    if (this.tok.kind === 'end') this.advance();
  }

  private advance(): void {
    this.tok = this.lexer.nextShared();
  }

  /** Throws "expected X, found Y" at `t` (or the lexer's own message for an error token). */
  private fail(t: Token, expected: string): never {
    if (t.kind === 'error') throw new SyntaxProblem({ ...t }, t.message ?? 'invalid token');
    throw new SyntaxProblem({ ...t }, `expected ${expected}, found ${describeToken(t)}`);
  }

  private isPunct(t: Token, p: string): boolean {
    return t.kind === 'punctuation' && t.value === p;
  }

  private expectPunct(p: string, expected: string): void {
    if (!this.isPunct(this.tok, p)) this.fail(this.tok, expected);
    this.advance();
  }

  private parse(maxPriority: number): Parsed {
    const left = this.parseLeft(maxPriority);
    return this.parseInfix(left, maxPriority);
  }

  /** Infix operators after a left term, while their priority fits. */
  private parseInfix(left: Parsed, maxPriority: number): Parsed {
    for (;;) {
      const t = this.tok;
      let name: string;
      let priority: number;
      let type: 'xfx' | 'xfy' | 'yfx';
      if (t.kind === 'name' || (t.kind === 'punctuation' && t.value === ',')) {
        const op = INFIX_OPS.get(t.value);
        if (!op) return left;
        name = t.value;
        priority = op.priority;
        type = op.type;
      } else if (t.kind === 'backquoted') {
        name = t.value;
        priority = BACKQUOTE_PRIORITY;
        type = 'xfy';
      } else {
        return left;
      }
      const leftMax = type === 'yfx' ? priority : priority - 1;
      const rightMax = type === 'xfy' ? priority : priority - 1;
      if (priority > maxPriority || left.priority > leftMax) return left;
      this.advance();
      const right = this.parse(rightMax);
      left = {
        term: { kind: 'compound', functor: name, args: [left.term, right.term], line: left.term.line, column: left.term.column },
        priority,
      };
    }
  }

  /** True when `t` cannot begin a term, so a prefix operator before it is an atom. */
  private endsOperand(t: Token): boolean {
    switch (t.kind) {
      case 'end':
      case 'eof':
      case 'backquoted':
        return true;
      case 'punctuation':
        return t.value !== '(' && t.value !== '[' && t.value !== '{';
      case 'name':
        // `- = X`: an infix operator that is not also a prefix one follows, so `-` is an operand.
        return INFIX_OPS.has(t.value) && !PREFIX_OPS.has(t.value) && !t.applied;
      default:
        return false;
    }
  }

  private parseLeft(maxPriority: number): Parsed {
    const t = this.tok;
    const { line, column } = t;
    switch (t.kind) {
      case 'integer': {
        const value = t.integer!;
        this.advance();
        return { term: { kind: 'integer', value, line, column }, priority: 0 };
      }
      case 'float': {
        const value = t.float!;
        this.advance();
        return { term: { kind: 'float', value, line, column }, priority: 0 };
      }
      case 'string': {
        const value = t.value;
        this.advance();
        return { term: { kind: 'string', value, line, column }, priority: 0 };
      }
      case 'variable': {
        const applied = t.applied;
        const v: Term = { kind: 'variable', name: t.value, line, column };
        this.advance();
        if (!applied) return { term: v, priority: 0 };
        // `Closure(Args)`: higher-order application, Mercury's `''(Closure, Args...)`.
        return { term: { kind: 'compound', functor: '', args: [v, ...this.parseArgs()], line, column }, priority: 0 };
      }
      case 'punctuation':
        return this.parsePunctuated(t);
      case 'name':
        return this.parseName(t, maxPriority);
      default:
        return this.fail(t, 'a term');
    }
  }

  private parsePunctuated(t: Token): Parsed {
    const { line, column } = t;
    if (t.value === '(') {
      this.advance();
      const inner = this.parse(MAX_PRIORITY);
      this.expectPunct(')', '`)`');
      return { term: inner.term, priority: 0 };
    }
    if (t.value === '[') {
      this.advance();
      if (this.isPunct(this.tok, ']')) {
        this.advance();
        return { term: { kind: 'atom', name: NIL, quoted: false, line, column }, priority: 0 };
      }
      return { term: this.parseList(line, column), priority: 0 };
    }
    if (t.value === '{') {
      this.advance();
      if (this.isPunct(this.tok, '}')) {
        this.advance();
        return { term: { kind: 'atom', name: '{}', quoted: false, line, column }, priority: 0 };
      }
      const args = this.parseSequence('}', '`}` or `,`');
      return { term: { kind: 'compound', functor: '{}', args, line, column }, priority: 0 };
    }
    return this.fail(t, 'a term');
  }

  private parseName(t: Token, maxPriority: number): Parsed {
    // Copied before `advance()` overwrites the token.
    const { line, column, value: name, applied, end } = t;
    const quoted = t.quoted === true;
    this.advance();
    if (applied) {
      return { term: { kind: 'compound', functor: name, args: this.parseArgs(), line, column }, priority: 0 };
    }
    const next = this.tok;
    // `-1`, `-1.5` written without a space: a negative number.
    if (name === '-' && !quoted && next.start === end && (next.kind === 'integer' || next.kind === 'float')) {
      const term: Term =
        next.kind === 'integer'
          ? { kind: 'integer', value: -next.integer!, line, column }
          : { kind: 'float', value: -next.float!, line, column };
      this.advance();
      return { term, priority: 0 };
    }
    const op = PREFIX_OPS.get(name);
    if (op && op.priority <= maxPriority && !this.endsOperand(next)) {
      const argMax = op.type === 'fy' ? op.priority : op.priority - 1;
      const arg = this.parse(argMax);
      return { term: { kind: 'compound', functor: name, args: [arg.term], line, column }, priority: op.priority };
    }
    return { term: { kind: 'atom', name, quoted, line, column }, priority: 0 };
  }

  /** `(A, B, ...)` after an applied name; the current token is the `(`. */
  private parseArgs(): Term[] {
    this.advance();
    return this.parseSequence(')', '`)` or `,`');
  }

  /** Terms separated by `,` up to `close`, which is consumed. */
  private parseSequence(close: string, expected: string): Term[] {
    const args: Term[] = [];
    for (;;) {
      args.push(this.parse(ARG_PRIORITY).term);
      if (this.isPunct(this.tok, ',')) {
        this.advance();
        continue;
      }
      this.expectPunct(close, expected);
      return args;
    }
  }

  /** `[a, b | T]` after the `[`, as `'[|]'(a, '[|]'(b, T))`. */
  private parseList(line: number, column: number): Term {
    const items: Term[] = [];
    let tail: Term | undefined;
    for (;;) {
      items.push(this.parse(ARG_PRIORITY).term);
      if (this.isPunct(this.tok, ',')) {
        this.advance();
        continue;
      }
      if (this.isPunct(this.tok, '|')) {
        this.advance();
        tail = this.parse(ARG_PRIORITY).term;
        this.expectPunct(']', '`]`');
        break;
      }
      this.expectPunct(']', '`]`, `,` or `|`');
      break;
    }
    let list: Term = tail ?? { kind: 'atom', name: NIL, quoted: false, line, column };
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      // The whole list begins at `[`; each inner cell at its first item.
      list = { kind: 'compound', functor: CONS, args: [item, list], line: i === 0 ? line : item.line, column: i === 0 ? column : item.column };
    }
    return list;
  }
}

/** Every term of a text, each ended by the end token; the first problem is thrown as `E_INPUT`. */
export function readTerms(text: string, file: string): Term[] {
  const reader = new TermReader(text, file);
  const terms: Term[] = [];
  for (;;) {
    const r = reader.read();
    if (r.kind === 'eof') return terms;
    if (r.kind === 'problem') throw inputError([r.problem]);
    terms.push(r.term);
  }
}

/** The `E_INPUT` error for a set of problems: the message lists them, one a line. */
export function inputError(problems: InputProblem[]): ImportGraphError {
  return new ImportGraphError('E_INPUT', problems.map(formatProblem).join('\n'), { problems });
}
