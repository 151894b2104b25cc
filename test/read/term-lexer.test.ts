// The lexer must split Mercury text exactly as Mercury does: every token kind, escape, comment and end-token rule, with positions.
import test, { type ExecutionContext } from 'ava';
import { TermLexer, describeToken, tokenize, type Token } from '../../src/read/term-lexer.js';

/** `kind:value` of every token but the final eof. */
function kinds(text: string): string[] {
  return tokenize(text)
    .slice(0, -1)
    .map((t) => `${t.kind}:${t.value}`);
}

function single(t: ExecutionContext, text: string): Token {
  const tokens = tokenize(text);
  t.is(tokens.length, 2, `one token in ${JSON.stringify(text)}: ${tokens.map((x) => x.kind).join(' ')}`);
  t.is(tokens[1]!.kind, 'eof');
  return tokens[0]!;
}

const tokenIs = test.macro({
  exec(t, text: string, kind: Token['kind'], value: string) {
    const tok = single(t, text);
    t.is(tok.kind, kind);
    t.is(tok.value, value);
    t.is(tok.text, text);
  },
  title: (given, text: string, kind: string) => given ?? `\`${text}\` is one ${kind} token`,
});

test(tokenIs, 'abc_1', 'name', 'abc_1');
test(tokenIs, 'x', 'name', 'x');
test(tokenIs, 'Abc', 'variable', 'Abc');
test(tokenIs, '_', 'variable', '_');
test(tokenIs, '_Acc0', 'variable', '_Acc0');
test(tokenIs, '=..', 'name', '=..');
test(tokenIs, '#$&*+-./:<=>?@^~\\', 'name', '#$&*+-./:<=>?@^~\\');
test(tokenIs, '!', 'name', '!');
test(tokenIs, ';', 'name', ';');
test(tokenIs, "'hello world'", 'name', 'hello world');
test(tokenIs, "'it''s'", 'name', "it's");
test(tokenIs, "'a.b'", 'name', 'a.b');
test(tokenIs, "''", 'name', '');
test(tokenIs, '"a string"', 'string', 'a string');
test(tokenIs, '"say ""hi"""', 'string', 'say "hi"');
test(tokenIs, '"it\'s"', 'string', "it's");
test(tokenIs, '`mod`', 'backquoted', 'mod');
test(tokenIs, '1.5', 'float', '1.5');
test(tokenIs, '1.5e10', 'float', '1.5e10');
test(tokenIs, '2E-3', 'float', '2E-3');
test(tokenIs, '1_000.000_1', 'float', '1000.0001');

const integerIs = test.macro({
  exec(t, text: string, value: bigint) {
    const tok = single(t, text);
    t.is(tok.kind, 'integer');
    t.is(tok.integer, value);
  },
  title: (given, text: string, value: bigint) => given ?? `the integer \`${text}\` is ${value}`,
});

test(integerIs, '0', 0n);
test(integerIs, '42', 42n);
test(integerIs, '1_000_000', 1000000n);
test(integerIs, '0x1F', 31n);
test(integerIs, '0xff_ff', 65535n);
test(integerIs, '0o17', 15n);
test(integerIs, '0b1010', 10n);
test(integerIs, "0'a", 97n);
test(integerIs, "0' ", 32n);
test(integerIs, "0'''", 39n);
test(integerIs, "0'\\n", 10n);
test(integerIs, "0'\\x41\\", 65n);
test(integerIs, "0'é", 233n);
test(integerIs, '123456789012345678901234567890', 123456789012345678901234567890n);

test('an integer may carry a size suffix', (t) => {
  const tok = single(t, '12u8');
  t.is(tok.integer, 12n);
  t.is(tok.suffix, 'u8');
  t.is(single(t, '7i64').suffix, 'i64');
  t.is(single(t, '3u').suffix, 'u');
});

test('a radix prefix without digits is the integer 0 followed by a name', (t) => {
  t.deepEqual(kinds('0x'), ['integer:0', 'name:x']);
});

test('a dot between digits makes a float only when a digit follows', (t) => {
  t.deepEqual(kinds('1.x'), ['integer:1', 'name:.', 'name:x']);
  t.deepEqual(kinds('1. '), ['integer:1', 'end:.']);
});

const escapeIs = test.macro({
  exec(t, written: string, meant: string) {
    t.is(single(t, `'${written}'`).value, meant, 'in a quoted atom');
    t.is(single(t, `"${written}"`).value, meant, 'in a string');
  },
  title: (given, written: string) => given ?? `the escape \`${written}\` is decoded`,
});

test(escapeIs, '\\a', '\x07');
test(escapeIs, '\\b', '\b');
test(escapeIs, '\\e', '\x1b');
test(escapeIs, '\\f', '\f');
test(escapeIs, '\\n', '\n');
test(escapeIs, '\\r', '\r');
test(escapeIs, '\\t', '\t');
test(escapeIs, '\\v', '\v');
test(escapeIs, '\\\\', '\\');
test(escapeIs, "\\'", "'");
test(escapeIs, '\\"', '"');
test(escapeIs, '\\`', '`');
test(escapeIs, '\\x41\\', 'A');
test(escapeIs, '\\x3bb\\', 'λ');
test(escapeIs, '\\101\\', 'A');
test(escapeIs, '\\u00e9', 'é');
test(escapeIs, '\\U0001F600', '😀');
test(escapeIs, 'a\\\nb', 'ab');
test(escapeIs, 'x\\x41\\y\\n', 'xAy\n');

const lexProblem = test.macro({
  exec(t, text: string, line: number, column: number, message: string) {
    const bad = tokenize(text).find((tok) => tok.kind === 'error');
    t.truthy(bad, 'an error token');
    t.is(bad!.message, message);
    t.deepEqual([bad!.line, bad!.column], [line, column]);
  },
  title: (given, text: string, _l: number, _c: number, message: string) => given ?? `${JSON.stringify(text)} is a problem: ${message}`,
});

test(lexProblem, "a 'abc", 1, 3, "unterminated quoted atom: no closing `'`");
test(lexProblem, 'a\n  "abc\n\n', 2, 3, 'unterminated string: no closing `"`');
test(lexProblem, 'x `abc', 1, 3, 'unterminated back-quoted name: no closing back quote');
test(lexProblem, 'a. /* never\nclosed', 1, 4, 'unterminated comment: `/*` without `*/`');
test(lexProblem, "'ab\\qc'", 1, 4, 'invalid escape `\\q`');
test(lexProblem, "f(\n  'a\\x4g\\')", 2, 5, 'invalid escape `\\x4g`: expected hex digits closed by `\\`');
test(lexProblem, '"\\101"', 1, 2, 'invalid escape `\\101"`: expected octal digits closed by `\\`');
test(lexProblem, '"\\u12"', 1, 2, 'invalid escape `\\u12"`: expected 4 hex digits');
test(lexProblem, '"\\U00110000"', 1, 2, 'invalid escape `\\U00110000`: not a Unicode code point');
test(lexProblem, "0'", 1, 1, "unterminated character code `0'`");
test(lexProblem, 'a € b', 1, 3, 'unexpected character `€`');

test('describeToken names a token for messages', (t) => {
  const [name, close, end, eof] = tokenize('foo ) .');
  t.is(describeToken(name!), '`foo`');
  t.is(describeToken(close!), '`)`');
  t.is(describeToken(end!), '`.`');
  t.is(describeToken(eof!), 'end of file');
});

test('punctuation characters are single tokens', (t) => {
  t.deepEqual(kinds('()[]{},|'), ['punctuation:(', 'punctuation:)', 'punctuation:[', 'punctuation:]', 'punctuation:{', 'punctuation:}', 'punctuation:,', 'punctuation:|']);
});

test('a dot followed by white space, `%` or end of file is the end token', (t) => {
  t.deepEqual(kinds('a. b.\tc.\nd.%x\ne.'), ['name:a', 'end:.', 'name:b', 'end:.', 'name:c', 'end:.', 'name:d', 'end:.', 'name:e', 'end:.']);
});

test('a dot followed by anything else is the name `.` or part of a symbol name', (t) => {
  t.deepEqual(kinds('list.map'), ['name:list', 'name:.', 'name:map']);
  t.deepEqual(kinds("a.'b'"), ['name:a', 'name:.', 'name:b']);
  t.deepEqual(kinds('a.(b)'), ['name:a', 'name:.', 'punctuation:(', 'name:b', 'punctuation:)']);
  t.deepEqual(kinds('X =.. Y'), ['variable:X', 'name:=..', 'variable:Y']);
  t.deepEqual(kinds('a ./ b'), ['name:a', 'name:./', 'name:b']);
});

test('comments are skipped: `%` to the end of the line, `/* */` without nesting', (t) => {
  t.deepEqual(kinds('a % comment ) ]\nb /* c /* d */ e */'), ['name:a', 'name:b', 'name:e', 'name:*/']);
  t.deepEqual(kinds('%only a comment'), []);
});

test('a name directly followed by `(` is applied; with a space it is not', (t) => {
  const [f, open, , , g, open2] = tokenize('f(a) g (a)');
  t.true(f!.applied);
  t.true(open!.adjacent);
  t.falsy(g!.applied);
  t.false(open2!.adjacent);
  t.true(tokenize('X(a)')[0]!.applied, 'a variable too');
  t.true(tokenize("'f'(a)")[0]!.applied, 'a quoted name too');
  t.falsy(tokenize('f/*c*/(a)')[0]!.applied, 'a comment counts as a space');
});

test('tokens carry 1-based line and column, also after multi-line quoted items and comments', (t) => {
  const tokens = tokenize('a\n  bc "x\ny" d\n/* 1\n2 */ e');
  t.deepEqual(
    tokens.map((tok) => `${tok.value}@${tok.line}:${tok.column}`),
    ['a@1:1', 'bc@2:3', 'x\ny@2:6', 'd@3:4', 'e@5:6', '@5:7'],
  );
});

test('a byte order mark is skipped and columns start after it', (t) => {
  t.deepEqual(
    tokenize('\ufeffab').map((tok) => `${tok.kind}@${tok.column}`),
    ['name@1', 'eof@3'],
  );
});

test('the lexer goes on after a bad escape and keeps returning eof at the end', (t) => {
  const lexer = new TermLexer("'a\\q'.\nb.");
  t.is(lexer.next().kind, 'error');
  const rest: string[] = [];
  for (let i = 0; i < 5; i++) rest.push(lexer.next().kind);
  t.deepEqual(rest, ['name', 'end', 'eof', 'eof', 'eof']);
});

test('token text is the exact source slice', (t) => {
  const text = 'f(\'a\'\'b\', "c\\n", 0\'x, 1_0).';
  for (const tok of tokenize(text)) t.is(text.slice(tok.start, tok.end), tok.text);
});

test('a decimal integer of more than 1,000 digits is an error token (its value would take quadratic time to compute); hex of any length is read', (t) => {
  const [long] = tokenize(`${'9'.repeat(1_000_001)} x`);
  t.is(long!.kind, 'error');
  t.is(long!.message, 'integer too long: 1000001 digits (at most 1000)');
  t.like(tokenize(`${'9'.repeat(1000)} x`)[0], { kind: 'integer', value: '9'.repeat(1000) });
  t.is(tokenize(`0x${'f'.repeat(100_000)}`)[0]!.integer, (1n << 400_000n) - 1n);
});
