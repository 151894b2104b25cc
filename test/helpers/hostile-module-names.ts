// Module names chosen to break make, the shell, DOT, HTML, paths and terminals, with how each must be written in Mercury syntax; shared by the policy and make tests.

/** A name and what the name policy must do with it. */
export interface HostileName {
  /** What the name attacks, for test titles. */
  what: string;
  name: string;
}

const long = (unit: string, count: number): string => unit.repeat(count);

/** Names the policy must refuse. Every one of them broke make or the shell (or a file name) before the policy. */
export const REFUSED: readonly HostileName[] = [
  // make
  { what: 'make rule colon', name: 'a:b' },
  { what: 'make double colon', name: 'a::b' },
  { what: 'make comment', name: 'p#q' },
  { what: 'make recipe on the rule line', name: 'semi;colon' },
  { what: 'make assignment', name: 'a=b' },
  { what: 'make := assignment', name: 'c:=d' },
  { what: 'make variable', name: 'x$y' },
  { what: 'make $$( escape', name: 'a$$(touch PWNED)' },
  { what: 'make $(shell)', name: '$(shell touch PWNED)' },
  { what: 'make ${shell}', name: '${shell touch PWNED}' },
  { what: 'make pattern', name: '50%' },
  { what: 'make/shell glob *', name: '*' },
  { what: 'glob ?', name: 'what?' },
  { what: 'glob [', name: '[ab]' },
  { what: 'tilde', name: '~root' },
  { what: 'space', name: 'a b' },
  { what: 'tab', name: 'a\tb' },
  { what: 'backslash', name: 'back\\slash' },
  { what: 'order-only bar', name: 'a|b' },
  { what: 'make archive member', name: 'lib(member)' },
  // shell
  { what: 'backquote', name: '`touch PWNED`' },
  { what: 'command substitution', name: '$(touch PWNED)' },
  { what: 'background &', name: 'a&touch PWNED' },
  { what: 'redirection &>', name: 'x&>PWNED' },
  { what: 'pipe', name: 'a|touch PWNED' },
  { what: 'redirection >', name: '>PWNED' },
  { what: 'redirection <', name: 'a<PWNED' },
  { what: 'single quote', name: "it's" },
  { what: 'single quote breaking out', name: "x';touch PWNED;'" },
  { what: 'double quote', name: 'say "hi"' },
  { what: 'command separator', name: 'a;touch PWNED' },
  { what: 'and-list', name: 'a&&touch PWNED' },
  { what: 'history bang', name: '!bang' },
  { what: 'brace expansion', name: '{a,b}' },
  { what: 'option-like', name: '-rf' },
  // DOT
  { what: 'DOT quote', name: 'a"b' },
  { what: 'DOT backslash escape', name: 'a\\"b' },
  { what: 'DOT HTML label', name: '<b>bold</b>' },
  { what: 'DOT record brace', name: '{brace}' },
  { what: 'DOT edge', name: 'a->b' },
  // HTML / XML
  { what: 'HTML script', name: '<script>alert(1)</script>' },
  { what: 'HTML entity', name: 'a&amp;b' },
  { what: 'HTML event attribute', name: 'x onload=alert(1)' },
  { what: 'XML attribute break', name: "'><img src=x onerror=alert(1)>" },
  // paths
  { what: 'path up', name: '../evil' },
  { what: 'path separator', name: 'a/b' },
  { what: 'absolute path', name: '/etc/passwd' },
  { what: 'dot dot', name: '..' },
  { what: 'hidden file', name: '.hidden' },
  { what: 'trailing dot', name: 'trailing.' },
  { what: 'empty component', name: 'a..b' },
  // control characters
  { what: 'newline (a second make rule)', name: 'a\nb.trans_opt_date:\n\ttouch PWNED' },
  { what: 'carriage return', name: 'a\rb' },
  { what: 'NUL', name: 'a\u0000b' },
  { what: 'bell', name: 'a\u0007b' },
  { what: 'terminal escape', name: 'esc\u001b[31mred' },
  { what: 'DEL', name: 'a\u007fb' },
  // long
  { what: '300 characters', name: long('x', 300) },
  { what: 'many short components, 239 bytes in all', name: `${long('a.', 119)}a` },
  { what: '230 bytes of two-byte letters', name: long('é', 115) },
  // non-ASCII that is not a letter, mark or digit
  { what: 'right-to-left override', name: 'abc\u202Etxt.exe' },
  { what: 'zero-width space', name: 'a\u200Bb' },
  { what: 'zero-width joiner', name: 'a\u200Db' },
  { what: 'byte order mark', name: '\uFEFFa' },
  { what: 'no-break space', name: 'a\u00A0b' },
  { what: 'line separator', name: 'a\u2028b' },
  { what: 'emoji', name: 'smile\u{1F600}' },
  { what: 'fullwidth dollar', name: '\uFF04(x)' },
];

/** Names the policy accepts (letters, marks, digits, `_`, `.`, short enough) that look risky to make or the shell anyway. */
export const ACCEPTED: readonly HostileName[] = [
  { what: 'accented letter', name: 'café' },
  { what: 'CJK', name: '日本語' },
  { what: 'combining mark', name: 'e\u0301te\u0301' },
  { what: 'fullwidth digits', name: 'v\uFF11\uFF12' },
  { what: 'capitals and digits', name: 'Upper.X1_2' },
  { what: 'make directive define', name: 'define' },
  { what: 'make directive include', name: 'include' },
  { what: 'make directive ifeq', name: 'ifeq' },
  { what: 'the phony target', name: 'trans_opts' },
  { what: 'MAKEFLAGS', name: 'MAKEFLAGS' },
  { what: '228 bytes of two-byte letters (the limit)', name: long('é', 114) },
  { what: 'many short components, 227 bytes in all', name: `${long('a.', 113)}a` },
];

/** The name as a Mercury quoted atom: one name, whatever it holds (`.` inside quotes does not qualify). */
export function quotedAtom(name: string): string {
  const escaped = name.replace(/[\\'\n\t\r]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!);
  return `'${escaped}'`;
}

/** The first character a module name may not hold, as `U+XXXX`, or undefined when every character is allowed (an oracle independent of the policy's code). */
export function firstRefusedCharacter(name: string): string | undefined {
  for (const ch of name) {
    if (!/^[\p{L}\p{M}\p{Nd}_.]$/u.test(ch)) return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
