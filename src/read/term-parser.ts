// Builds terms from tokens with Mercury's operator precedences, so `.import_info` files and `.m` declarations are read as Mercury reads them.
/*
 * Operator-precedence (Pratt-style) parsing, as in Mercury's
 * mercury_term_parser.m: a left term (atom, number, string, variable,
 * application, list, tuple, parenthesised term or prefix-operator term), then
 * infix operators while their priority fits. O(tokens). No recursion: the
 * constructs awaiting a sub-term are frames on an explicit stack, so any
 * nesting (a million `[`, `f(`, prefix `-` or `,`-chained terms) parses.
 */

import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import { BACKQUOTE_OP, BINARY_PREFIX_OPS, INFIX_OPS, PREFIX_OPS } from './operators.js';
import { CONS, NIL, type Term } from './term.js';
import { TermLexer, describeToken, type Token } from './term-lexer.js';

export type { Term } from './term.js';

const MAX_PRIORITY = 1200;
/**
 * Arguments and list items take any operator but `,`, as in mmc (so
 * `p(X::in)` and `[pred(p/1) is q]` read), whatever their priority.
 */
const ARG_PRIORITY = MAX_PRIORITY;

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

  /**
   * A term of priority at most `maxPriority`. Iterative: every construct that
   * waits for a sub-term (an infix operator's right side, a prefix operator's
   * argument, `(`, an argument list, a list) is a frame on `stack`, so the
   * depth of nesting is limited only by memory.
   */
  private parse(maxPriority: number): Parsed {
    const stack: Frame[] = [];
    const outer: Context = { max: maxPriority, commaEnds: false };
    for (;;) {
      let result = this.parseLeft(stack[stack.length - 1] ?? outer, stack);
      while (result !== undefined) {
        const top = stack[stack.length - 1];
        if (this.startInfix(result, top ?? outer, stack)) break;
        if (top === undefined) return result;
        stack.pop();
        result = this.resume(top, result.term, stack);
      }
    }
  }

  /** When an infix operator that fits follows `left`, consumes it, pushes its frame and returns true. */
  private startInfix(left: Parsed, context: Context, stack: Frame[]): boolean {
    const t = this.tok;
    const isComma = t.kind === 'punctuation' && t.value === ',';
    if (isComma && context.commaEnds) return false;
    const op = t.kind === 'name' || isComma ? INFIX_OPS.get(t.value) : t.kind === 'backquoted' ? BACKQUOTE_OP : undefined;
    if (op === undefined) return false;
    const { priority, type } = op;
    const leftMax = type === 'yfx' ? priority : priority - 1;
    const rightMax = type === 'xfy' ? priority : priority - 1;
    if (priority > context.max || left.priority > leftMax) return false;
    const name = t.value;
    this.advance();
    stack.push({ kind: 'infix', max: rightMax, commaEnds: context.commaEnds, left: left.term, name, priority });
    return true;
  }

  /** Gives `frame` its awaited sub-term: the finished term, or undefined when the frame (pushed again) awaits another. */
  private resume(frame: Frame, term: Term, stack: Frame[]): Parsed | undefined {
    switch (frame.kind) {
      case 'infix': {
        const { left } = frame;
        return { term: { kind: 'compound', functor: frame.name, args: [left, term], line: left.line, column: left.column }, priority: frame.priority };
      }
      case 'prefix':
        if (frame.second !== undefined) {
          // A binary prefix operator got its first argument: now the second.
          frame.first = term;
          frame.max = frame.second;
          frame.second = undefined;
          stack.push(frame);
          return undefined;
        }
        return {
          term: { kind: 'compound', functor: frame.name, args: frame.first === undefined ? [term] : [frame.first, term], line: frame.line, column: frame.column },
          priority: frame.priority,
        };
      case 'paren':
        this.expectPunct(')', '`)`');
        return { term, priority: 0 };
      case 'args':
        frame.args.push(term);
        if (this.isPunct(this.tok, ',')) {
          this.advance();
          stack.push(frame);
          return undefined;
        }
        this.expectPunct(frame.close, frame.expected);
        return { term: { kind: 'compound', functor: frame.functor, args: frame.args, line: frame.line, column: frame.column }, priority: 0 };
      case 'list':
        return this.resumeList(frame, term, stack);
    }
  }

  /** `[a, b | T]`: an item or the tail arrived. */
  private resumeList(frame: ListFrame, term: Term, stack: Frame[]): Parsed | undefined {
    if (frame.tail) {
      this.expectPunct(']', '`]`');
      return { term: buildList(frame, term), priority: 0 };
    }
    frame.items.push(term);
    if (this.isPunct(this.tok, ',') || this.isPunct(this.tok, '|')) {
      frame.tail = this.tok.value === '|';
      this.advance();
      stack.push(frame);
      return undefined;
    }
    this.expectPunct(']', '`]`, `,` or `|`');
    return { term: buildList(frame, undefined), priority: 0 };
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

  /** A left term when it is a leaf; else pushes the frame that awaits its first sub-term and returns undefined. */
  private parseLeft(context: Context, stack: Frame[]): Parsed | undefined {
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
        this.advance();
        stack.push(argsFrame('', [v], ')', '`)` or `,`', line, column));
        return undefined;
      }
      case 'punctuation':
        return this.parsePunctuated(t, stack);
      case 'name':
        return this.parseName(t, context, stack);
      default:
        return this.fail(t, 'a term');
    }
  }

  private parsePunctuated(t: Token, stack: Frame[]): Parsed | undefined {
    const { line, column } = t;
    if (t.value === '(') {
      this.advance();
      stack.push({ kind: 'paren', max: MAX_PRIORITY, commaEnds: false });
      return undefined;
    }
    if (t.value === '[') {
      this.advance();
      if (this.isPunct(this.tok, ']')) {
        this.advance();
        return { term: { kind: 'atom', name: NIL, quoted: false, line, column }, priority: 0 };
      }
      stack.push({ kind: 'list', max: ARG_PRIORITY, commaEnds: true, items: [], tail: false, line, column });
      return undefined;
    }
    if (t.value === '{') {
      this.advance();
      if (this.isPunct(this.tok, '}')) {
        this.advance();
        return { term: { kind: 'atom', name: '{}', quoted: false, line, column }, priority: 0 };
      }
      stack.push(argsFrame('{}', [], '}', '`}` or `,`', line, column));
      return undefined;
    }
    return this.fail(t, 'a term');
  }

  private parseName(t: Token, context: Context, stack: Frame[]): Parsed | undefined {
    // Copied before `advance()` overwrites the token.
    const { line, column, value: name, applied, end } = t;
    const quoted = t.quoted === true;
    this.advance();
    if (applied) {
      // `name(A, B, ...)`: the current token is the `(`.
      this.advance();
      stack.push(argsFrame(name, [], ')', '`)` or `,`', line, column));
      return undefined;
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
    const binary = BINARY_PREFIX_OPS.get(name);
    if (binary && binary.priority <= context.max && !this.endsOperand(next)) {
      const { priority, firstMax, secondMax } = binary;
      stack.push({ kind: 'prefix', max: firstMax, commaEnds: context.commaEnds, name, priority, second: secondMax, first: undefined, line, column });
      return undefined;
    }
    const op = PREFIX_OPS.get(name);
    if (op && op.priority <= context.max && !this.endsOperand(next)) {
      const argMax = op.type === 'fy' ? op.priority : op.priority - 1;
      stack.push({ kind: 'prefix', max: argMax, commaEnds: context.commaEnds, name, priority: op.priority, second: undefined, first: undefined, line, column });
      return undefined;
    }
    return { term: { kind: 'atom', name, quoted, line, column }, priority: 0 };
  }
}

/** What the awaited sub-term may be: its loosest priority, and whether `,` ends it (in arguments and list items) rather than joining. */
interface Context {
  max: number;
  commaEnds: boolean;
}

/** A construct waiting for a sub-term (see Context). */
type Frame =
  | (Context & { kind: 'infix'; left: Term; name: string; priority: number })
  | (Context & PrefixFrame)
  | (Context & { kind: 'paren' })
  | ArgsFrame
  | ListFrame;

/** `- X`, or `some [X] G` (binary: `second` is the second argument's max until the first arrives as `first`). */
interface PrefixFrame {
  kind: 'prefix';
  name: string;
  priority: number;
  second: number | undefined;
  first: Term | undefined;
  line: number;
  column: number;
}

/** `f(A, ...)`, `Closure(A, ...)` or `{A, ...}`: arguments so far, up to `close`. */
interface ArgsFrame extends Context {
  kind: 'args';
  functor: string;
  args: Term[];
  close: string;
  expected: string;
  line: number;
  column: number;
}

/** `[a, b | T]`: items so far; `tail` once the `|` is read. */
interface ListFrame extends Context {
  kind: 'list';
  items: Term[];
  tail: boolean;
  line: number;
  column: number;
}

function argsFrame(functor: string, args: Term[], close: string, expected: string, line: number, column: number): ArgsFrame {
  return { kind: 'args', max: ARG_PRIORITY, commaEnds: true, functor, args, close, expected, line, column };
}

/** The items as `'[|]'(a, '[|]'(b, T))`; the whole list begins at `[`, each inner cell at its first item. */
function buildList(frame: ListFrame, tail: Term | undefined): Term {
  const { items, line, column } = frame;
  let list: Term = tail ?? { kind: 'atom', name: NIL, quoted: false, line, column };
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    list = { kind: 'compound', functor: CONS, args: [item, list], line: i === 0 ? line : item.line, column: i === 0 ? column : item.column };
  }
  return list;
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
