// The character codes and classes of Mercury's term syntax, shared by the lexer and the fast .import_info decoder so both read text alike.

/** UTF-16 code units the readers test for; `const`, so each use compiles to a number. */
export const enum CharCode {
  Tab = 9,
  Newline = 10,
  VerticalTab = 11,
  FormFeed = 12,
  Return = 13,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Percent = 37,
  Quote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Comma = 44,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Semicolon = 59,
  UpperA = 65,
  UpperZ = 90,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Underscore = 95,
  Backquote = 96,
  LowerA = 97,
  LowerZ = 122,
  OpenBrace = 123,
  Bar = 124,
}

const isSymbolTable = new Uint8Array(128);
for (const ch of '#$&*+-./:<=>?@^~\\') isSymbolTable[ch.charCodeAt(0)] = 1;

/** Mercury's symbol characters, of which operator names such as `:-` and `=>` are made. */
export function isSymbolChar(c: number): boolean {
  return c < 128 && isSymbolTable[c] === 1;
}

/** Where the letters, digits and `_` that follow an atom's first character at `p` end (the end of an unquoted atom or variable name). */
export function identifierEnd(text: string, p: number): number {
  for (let q = p + 1; ; q++) {
    const d = text.charCodeAt(q);
    if (!((d >= CharCode.LowerA && d <= CharCode.LowerZ) || (d >= CharCode.Zero && d <= CharCode.Nine) || d === CharCode.Underscore || (d >= CharCode.UpperA && d <= CharCode.UpperZ))) return q;
  }
}
