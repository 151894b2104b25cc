// Splits Mercury source text into tokens as Mercury's own lexer does, so term files and `.m` files are read by syntax, not by patterns.
/*
 * One left-to-right pass over the text, O(n): no backtracking except a
 * look-ahead of at most two characters. Token texts and names are slices of
 * the source (no per-character string building) unless escapes must be
 * decoded. Problems (unterminated quote or comment, bad escape) come back as
 * `error` tokens, so a caller can report them and go on with the next term.
 */
import { CharCode as C, isSymbolChar } from './char-codes.js';

export type TokenKind =
  | 'name' // `abc_1`, `'quoted atom'`, symbol names `=..` `!.`, solo `;`
  | 'variable' // `X`, `_`, `_Acc`
  | 'integer' // `42`, `0x2A`, `0o52`, `0b101010`, `0'*`, `1_000`
  | 'float' // `1.5`, `1.5e10`, `1e-3`
  | 'string' // `"text"`
  | 'backquoted' // `` `name` `` (an infix operator)
  | 'punctuation' // ( ) [ ] { } , |
  | 'end' // `.` followed by white space, `%` or end of file
  | 'error' // a lexical problem; `message` says which
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The token's source text, exactly as written. */
  text: string;
  /**
   * Decoded content: the name of a name/variable/backquoted token (quotes and
   * escapes removed), the characters of a string, the punctuation character;
   * for numbers the source text without `_` separators.
   */
  value: string;
  /** For `integer` tokens. */
  integer?: bigint;
  /** Size suffix of an integer (`u`, `i8`, `u64`, ...), if any. */
  suffix?: string;
  /** For `float` tokens. */
  float?: number;
  /** True for a name written in single quotes. */
  quoted?: boolean;
  /** On a name or variable: `(` follows with no space between, so it is a functor applied to arguments. */
  applied?: boolean;
  /** On `(`: no space or comment precedes it (Mercury's `open_ct`). */
  adjacent?: boolean;
  /** For `error` tokens: what is wrong, e.g. "unterminated quoted atom". */
  message?: string;
  /** 1-based line and column (in UTF-16 code units) of the token's first character. */
  line: number;
  column: number;
  /** Offsets in the text: `text === source.slice(start, end)`. */
  start: number;
  end: number;
}

const isPunctuationTable = new Uint8Array(128);
for (const ch of '()[]{},|') isPunctuationTable[ch.charCodeAt(0)] = 1;

function isAlnum(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || (c >= C.Zero && c <= C.Nine) || c === C.Underscore;
}
function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}
function isLayout(c: number): boolean {
  return c === C.Space || c === C.Newline || c === C.Tab || c === C.Return || c === 11 || c === 12;
}
function digitValue(c: number): number {
  if (c >= C.Zero && c <= C.Nine) return c - C.Zero;
  if (c >= C.LowerA && c <= LOWER_F) return c - C.LowerA + 10;
  if (c >= C.UpperA && c <= UPPER_F) return c - C.UpperA + 10;
  return 99;
}
const LOWER_F = 102;
const LOWER_U = 117;
const DOLLAR = 36;
/** Longest decimal integer literal read (Mercury's integers are at most 64 bits: 20 digits). */
export const MAX_DECIMAL_DIGITS = 1000;
const UPPER_F = 70;

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
};

/** Thrown inside the lexer for a problem in a quoted item; turned into an `error` token. */
class LexProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
    /** The rest of the text is inside the unterminated item. */
    readonly toEnd = false,
  ) {}
}

/**
 * A pull tokenizer over one text. `next()` returns tokens in order and then
 * `eof` forever. White space and comments are skipped.
 */
export class TermLexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly text: string;
  private readonly length: number;

  constructor(text: string) {
    // A byte order mark is not part of the text.
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.lineStart = this.pos;
    this.text = text;
    this.length = text.length;
  }

  /** 1-based line and column of an offset at or after the current line start. */
  private positionOf(offset: number): { line: number; column: number } {
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  /** Skips white space and comments; returns an error token for an unterminated comment. */
  private skipLayout(): Token | undefined {
    const text = this.text;
    while (this.pos < this.length) {
      const c = text.charCodeAt(this.pos);
      if (c === C.Newline) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (isLayout(c)) {
        this.pos++;
      } else if (c === C.Percent) {
        const nl = text.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.length : nl;
      } else if (c === C.Slash && text.charCodeAt(this.pos + 1) === C.Star) {
        const start = this.pos;
        const line = this.line;
        const column = start - this.lineStart + 1;
        const close = text.indexOf('*/', this.pos + 2);
        const stop = close < 0 ? this.length : close + 2;
        this.advanceLines(this.pos, stop);
        this.pos = stop;
        if (close < 0) {
          return withMessage(this.token('error', start, line, column), 'unterminated comment: `/*` without `*/`');
        }
      } else {
        return undefined;
      }
    }
    return undefined;
  }

  /** Counts the newlines in text[from, to) and moves the line start past the last one. */
  private advanceLines(from: number, to: number): void {
    // A loop to `to`, not `indexOf`: that would search past `to` to the end of a text without newlines, once per token.
    const text = this.text;
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) === C.Newline) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
  }

  /** A token from `start` to the current position; `value` defaults to the text. */
  private token(kind: TokenKind, start: number, line: number, column: number, value?: string): Token {
    const text = this.text.slice(start, this.pos);
    return this.fill(kind, text, value ?? text, line, column, start, this.pos);
  }

  /** The one token object this lexer fills, so tokenizing allocates no token objects. */
  private readonly current: Token = {
    kind: 'eof',
    text: '',
    value: '',
    integer: undefined,
    suffix: undefined,
    float: undefined,
    quoted: undefined,
    applied: undefined,
    adjacent: undefined,
    message: undefined,
    line: 1,
    column: 1,
    start: 0,
    end: 0,
  };

  private fill(kind: TokenKind, text: string, value: string, line: number, column: number, start: number, end: number): Token {
    const t = this.current;
    t.kind = kind;
    t.text = text;
    t.value = value;
    t.integer = undefined;
    t.suffix = undefined;
    t.float = undefined;
    t.quoted = undefined;
    t.applied = undefined;
    t.adjacent = undefined;
    t.message = undefined;
    t.line = line;
    t.column = column;
    t.start = start;
    t.end = end;
    return t;
  }

  /** The next token, a new object; `eof` at the end, again and again. */
  next(): Token {
    return { ...this.nextShared() };
  }

  /**
   * The next token in one object that every call returns again, overwritten:
   * for a parser that copies what it keeps (no allocation per token).
   */
  nextShared(): Token {
    const before = this.pos;
    const layoutError = this.skipLayout();
    if (layoutError) return layoutError;
    const adjacent = this.pos === before && this.pos > 0;
    const tok = this.scan();
    if (tok.kind === 'punctuation' && tok.value === '(') tok.adjacent = adjacent;
    if ((tok.kind === 'name' || tok.kind === 'variable') && this.text.charCodeAt(this.pos) === C.OpenParen) tok.applied = true;
    return tok;
  }

  private scan(): Token {
    const text = this.text;
    const start = this.pos;
    const line = this.line;
    const column = start - this.lineStart + 1;
    if (start >= this.length) return this.token('eof', start, line, column, '');
    const c = text.charCodeAt(start);

    if (c >= C.LowerA && c <= C.LowerZ) {
      let p = start + 1;
      while (p < this.length && isAlnum(text.charCodeAt(p))) p++;
      this.pos = p;
      return this.token('name', start, line, column);
    }
    if ((c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore) {
      let p = start + 1;
      while (p < this.length && isAlnum(text.charCodeAt(p))) p++;
      this.pos = p;
      return this.token('variable', start, line, column);
    }
    if (isDigit(c)) return this.scanNumber(start, line, column);
    // `$pred`, `$file`, `$module`, `$line`: Mercury's implementation-defined literals, read as the name `$pred`.
    if (c === DOLLAR && start + 1 < this.length && text.charCodeAt(start + 1) >= C.LowerA && text.charCodeAt(start + 1) <= C.LowerZ) {
      let p = start + 2;
      while (p < this.length && isAlnum(text.charCodeAt(p))) p++;
      this.pos = p;
      return this.token('name', start, line, column);
    }
    if (c === C.Quote || c === C.DoubleQuote || c === C.Backquote) return this.scanQuoted(c, start, line, column);
    if (c < 128 && isPunctuationTable[c] === 1) {
      this.pos = start + 1;
      return this.token('punctuation', start, line, column);
    }
    if (c === C.Semicolon) {
      this.pos = start + 1;
      return this.token('name', start, line, column);
    }
    if (c === C.Dot) {
      const d = start + 1 < this.length ? text.charCodeAt(start + 1) : -1;
      if (d === -1 || isLayout(d) || d === C.Percent) {
        this.pos = start + 1;
        return this.token('end', start, line, column);
      }
    }
    // `!` is a symbol character too in Mercury: state variables are `!S`, `!.S`, `!:S`.
    if (isSymbolChar(c) || c === C.Bang) {
      let p = start + 1;
      while (p < this.length && (isSymbolChar(text.charCodeAt(p)) || text.charCodeAt(p) === C.Bang)) p++;
      // Mercury's unsigned shifts: `<<` or `>>` then `u` is one name.
      if (p === start + 2 && text.charCodeAt(p) === LOWER_U && (text.startsWith('<<', start) || text.startsWith('>>', start))) p++;
      this.pos = p;
      return this.token('name', start, line, column);
    }
    // Any other character: one character, reported as a problem.
    const cp = text.codePointAt(start)!;
    this.pos = start + (cp > 0xffff ? 2 : 1);
    return withMessage(this.token('error', start, line, column), `unexpected character \`${String.fromCodePoint(cp)}\``);
  }

  private scanNumber(start: number, line: number, column: number): Token {
    const text = this.text;
    const c = text.charCodeAt(start);
    const n = text.charCodeAt(start + 1);
    if (c === C.Zero && n === C.Quote) return this.scanCharCode(start, line, column);
    if (c === C.Zero && (n === 120 || n === 111 || n === 98)) {
      // 0x, 0o, 0b: at least one digit of the base must follow, else `0` is a decimal zero.
      const base = n === 120 ? 16 : n === 111 ? 8 : 2;
      let p = start + 2;
      let digits = 0;
      while (p < this.length) {
        const d = text.charCodeAt(p);
        if (digitValue(d) < base) digits++;
        else if (!(d === C.Underscore && digitValue(text.charCodeAt(p + 1)) < base)) break;
        p++;
      }
      if (digits > 0) {
        this.pos = p;
        const clean = text.slice(start, p).replaceAll('_', '');
        return this.integerToken(start, line, column, clean, BigInt(clean));
      }
    }
    let p = this.scanDecimalDigits(start);
    let isFloat = false;
    if (text.charCodeAt(p) === C.Dot && isDigit(text.charCodeAt(p + 1))) {
      isFloat = true;
      p = this.scanDecimalDigits(p + 1);
    }
    const e = text.charCodeAt(p);
    if (e === 101 || e === 69) {
      let q = p + 1;
      const sign = text.charCodeAt(q);
      if (sign === 43 || sign === 45) q++;
      if (isDigit(text.charCodeAt(q))) {
        isFloat = true;
        p = this.scanDecimalDigits(q);
      }
    }
    this.pos = p;
    const written = text.slice(start, p);
    const clean = written.includes('_') ? written.replaceAll('_', '') : written;
    if (isFloat) {
      const tok = this.token('float', start, line, column, clean);
      tok.float = Number(clean);
      return tok;
    }
    // Decimal to BigInt takes time quadratic in the digits (1.5 s for a million): far beyond any 64-bit value, refuse.
    if (clean.length > MAX_DECIMAL_DIGITS) {
      return withMessage(this.token('error', start, line, column), `integer too long: ${clean.length} digits (at most ${MAX_DECIMAL_DIGITS})`);
    }
    // Short decimals go through a double, which is exact below 2^53 and faster than parsing a BigInt.
    return this.integerToken(start, line, column, clean, clean.length <= 15 ? BigInt(+clean) : BigInt(clean));
  }

  /** Digits with single `_` separators between them, from a digit at `p`. */
  private scanDecimalDigits(p: number): number {
    const text = this.text;
    while (p < this.length) {
      const d = text.charCodeAt(p);
      if (isDigit(d)) p++;
      else if (d === C.Underscore && isDigit(text.charCodeAt(p + 1))) p += 2;
      else break;
    }
    return p;
  }

  /** An integer, with Mercury's optional size suffix (`u`, `i8` ... `u64`). */
  private integerToken(start: number, line: number, column: number, clean: string, value: bigint): Token {
    // The suffix may follow a `_` separator: `-32_768_i16`, `0x_ff_u8`.
    const under = this.text.charCodeAt(this.pos) === C.Underscore ? 1 : 0;
    const c = this.text.charCodeAt(this.pos + under);
    let suffix: string | undefined;
    if (c === 105 || c === LOWER_U) {
      const m = /^(?:[iu](?:8|16|32|64)?)(?![A-Za-z0-9_])/.exec(this.text.slice(this.pos + under, this.pos + under + 4));
      if (m) {
        suffix = m[0];
        this.pos += under + suffix.length;
      }
    }
    const tok = this.token('integer', start, line, column, clean);
    tok.integer = value;
    tok.suffix = suffix;
    return tok;
  }

  /** `0'c`: the code of one character, which may be an escape; `0'''` (and a lone `0''`) is the quote. */
  private scanCharCode(start: number, line: number, column: number): Token {
    const text = this.text;
    let p = start + 2;
    if (p >= this.length) {
      this.pos = p;
      return withMessage(this.token('error', start, line, column), "unterminated character code `0'`");
    }
    let code: number;
    const c = text.charCodeAt(p);
    if (c === C.Quote) {
      p += text.charCodeAt(p + 1) === C.Quote ? 2 : 1;
      code = C.Quote;
    } else if (c === C.Backslash) {
      try {
        const esc = this.decodeEscape(p);
        if (esc.text === '') throw new LexProblem(p, 'invalid character code: backslash-newline');
        code = esc.text.codePointAt(0)!;
        p = esc.next;
      } catch (e) {
        if (!(e instanceof LexProblem)) throw e;
        return this.errorAt(e, start, line, column);
      }
    } else {
      code = text.codePointAt(p)!;
      p += code > 0xffff ? 2 : 1;
    }
    this.pos = p;
    const tok = this.token('integer', start, line, column, String(code));
    tok.integer = BigInt(code);
    return tok;
  }

  /** Turns a problem found inside a token into an `error` token at the problem's own position. */
  private errorAt(problem: LexProblem, start: number, line: number, column: number): Token {
    // Position the error where it is; skip the rest of the line (or of the text) so the lexer can go on.
    const offset = problem.offset;
    this.advanceLines(start, offset);
    const pos = offset === start ? { line, column } : this.positionOf(offset);
    if (problem.toEnd) {
      this.advanceLines(offset, this.length);
      this.pos = this.length;
    } else {
      const nl = this.text.indexOf('\n', offset + 2);
      this.pos = Math.max(offset + 1, nl < 0 ? this.length : nl);
    }
    return withMessage(this.fill('error', this.text.slice(start, this.pos), '', pos.line, pos.column, start, this.pos), problem.message);
  }

  /** A quoted atom, string or back-quoted name, starting at its opening quote. */
  private scanQuoted(quote: number, start: number, line: number, column: number): Token {
    const text = this.text;
    const quoteChar = String.fromCharCode(quote);
    let p = start + 1;
    let chunkStart = p;
    let value = '';
    try {
      for (;;) {
        const q = this.nextSpecial(p, quoteChar);
        if (q < 0) {
          const what = quote === C.Quote ? 'quoted atom' : quote === C.DoubleQuote ? 'string' : 'back-quoted name';
          const closer = quote === C.Backquote ? 'back quote' : `\`${quoteChar}\``;
          throw new LexProblem(start, `unterminated ${what}: no closing ${closer}`, true);
        }
        const c = text.charCodeAt(q);
        if (c === quote) {
          if (text.charCodeAt(q + 1) === quote) {
            value += text.slice(chunkStart, q + 1);
            p = chunkStart = q + 2;
            continue;
          }
          value += text.slice(chunkStart, q);
          p = q + 1;
          break;
        }
        // A backslash escape.
        value += text.slice(chunkStart, q);
        const esc = this.decodeEscape(q);
        value += esc.text;
        p = chunkStart = esc.next;
      }
    } catch (e) {
      if (!(e instanceof LexProblem)) throw e;
      return this.errorAt(e, start, line, column);
    }
    this.advanceLines(start, p);
    this.pos = p;
    const kind: TokenKind = quote === C.Quote ? 'name' : quote === C.DoubleQuote ? 'string' : 'backquoted';
    const tok = this.fill(kind, text.slice(start, p), value, line, column, start, p);
    if (kind === 'name') tok.quoted = true;
    return tok;
  }

  /** Where the next `\\` at or after `backslashFrom` is (-1: none); kept so that a text without backslashes is not searched to its end once per quoted token. */
  private backslashFrom = 0;
  private backslashAt = -2;

  /** The first `\\` or quote character at or after `p`, or -1. */
  private nextSpecial(p: number, quoteChar: string): number {
    const text = this.text;
    const q = text.indexOf(quoteChar, p);
    if (this.backslashAt === -2 || p < this.backslashFrom || (this.backslashAt >= 0 && this.backslashAt < p)) {
      this.backslashFrom = p;
      this.backslashAt = text.indexOf('\\', p);
    }
    const b = this.backslashAt;
    if (b >= 0 && (q < 0 || b < q)) return b;
    return q;
  }

  /** Decodes the escape whose backslash is at `p`. */
  private decodeEscape(p: number): { text: string; next: number } {
    const text = this.text;
    const c = text[p + 1];
    if (c === undefined) throw new LexProblem(p, 'unterminated escape: `\\` at end of file');
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) return { text: simple, next: p + 2 };
    if (c === '\n') return { text: '', next: p + 2 };
    if (c === '\r' && text[p + 2] === '\n') return { text: '', next: p + 3 };
    if (c === 'x' || (c >= '0' && c <= '7')) {
      // \xHH\ and \NNN\ : digits closed by a backslash.
      const base = c === 'x' ? 16 : 8;
      let q = c === 'x' ? p + 2 : p + 1;
      const digitsStart = q;
      while (q < text.length && digitValue(text.charCodeAt(q)) < base) q++;
      if (q === digitsStart || text.charCodeAt(q) !== C.Backslash) {
        const shown = text.slice(p, Math.min(q + 1, text.length));
        throw new LexProblem(p, `invalid escape \`${shown.replace(/\n/g, '\\n')}\`: expected ${base === 16 ? 'hex' : 'octal'} digits closed by \`\\\``);
      }
      const code = parseInt(text.slice(digitsStart, q), base);
      return { text: codePointText(code, p, text.slice(p, q + 1)), next: q + 1 };
    }
    if (c === 'u' || c === 'U') {
      const n = c === 'u' ? 4 : 8;
      const digits = text.slice(p + 2, p + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) {
        throw new LexProblem(p, `invalid escape \`\\${c}${digits.replace(/\n[\s\S]*/, '')}\`: expected ${n} hex digits`);
      }
      return { text: codePointText(parseInt(digits, 16), p, text.slice(p, p + 2 + n)), next: p + 2 + n };
    }
    const shown = String.fromCodePoint(text.codePointAt(p + 1)!);
    throw new LexProblem(p, `invalid escape \`\\${shown}\``);
  }
}

function withMessage(tok: Token, message: string): Token {
  tok.message = message;
  return tok;
}


function codePointText(code: number, offset: number, written: string): string {
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    throw new LexProblem(offset, `invalid escape \`${written}\`: not a Unicode code point`);
  }
  if (code === 0) throw new LexProblem(offset, `invalid escape \`${written}\`: NUL is not allowed`);
  return String.fromCodePoint(code);
}

/** Every token of a text, `eof` last (error tokens included). */
export function tokenize(text: string): Token[] {
  const lexer = new TermLexer(text);
  const tokens: Token[] = [];
  for (;;) {
    const t = lexer.next();
    tokens.push(t);
    if (t.kind === 'eof') return tokens;
  }
}

/** How a token is named in messages: `` `foo` ``, `` `)` ``, "end of file". */
export function describeToken(t: Token): string {
  if (t.kind === 'eof') return 'end of file';
  if (t.kind === 'error') return `\`${t.text.slice(0, 1)}\``;
  const shown = t.text.length > 30 ? `${t.text.slice(0, 27)}...` : t.text;
  return `\`${shown.replace(/\n/g, '\\n')}\``;
}
