// The parser must build the terms Mercury builds (operators, lists, application) and point at every syntax error exactly.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { describeTerm, listItems, type Term } from '../../src/read/term.js';
import { TermReader, readTerms } from '../../src/read/term-parser.js';

/** Canonical prefix form: `f(a,b)`, lists as `'[|]'(a,[])`, quoted atoms in quotes, strings in double quotes. */
function canon(t: Term): string {
  switch (t.kind) {
    case 'atom':
      return t.quoted ? `'${t.name}'` : t.name;
    case 'variable':
      return t.name;
    case 'integer':
      return String(t.value);
    case 'float':
      return `${t.value}f`;
    case 'string':
      return JSON.stringify(t.value);
    case 'compound':
      return `${t.functor === '' ? "''" : t.functor}(${t.args.map(canon).join(',')})`;
  }
}

function one(text: string): Term {
  const terms = readTerms(text, 'test.m');
  if (terms.length !== 1) throw new Error(`expected one term, got ${terms.length}`);
  return terms[0]!;
}

const parsesAs = test.macro({
  exec(t, text: string, expected: string) {
    t.is(canon(one(`${text}.`)), expected);
  },
  title: (given, text: string, expected: string) => given ?? `\`${text}\` is ${expected}`,
});

test(parsesAs, 'foo', 'foo');
test(parsesAs, 'f(a, B, 3, 1.5, "s")', 'f(a,B,3,1.5f,"s")');
test(parsesAs, 'f(g(h(x)))', 'f(g(h(x)))');
test(parsesAs, 'list.map/3', '/(.(list,map),3)');
test(parsesAs, 'a.b.c', '.(.(a,b),c)');
test(parsesAs, "transform_hlds.'lambda'", ".(transform_hlds,'lambda')");
test(parsesAs, '(lambda)', 'lambda');
test(parsesAs, '(+)/2', '/(+,2)');
test(parsesAs, 'a - b - c', '-(-(a,b),c)');
test(parsesAs, 'a * b + c * d', '+(*(a,b),*(c,d))');
test(parsesAs, 'a / b / c', '/(/(a,b),c)');
test(parsesAs, 'a - (b - c)', '-(a,-(b,c))');
test(parsesAs, 'a, b, c', ',(a,,(b,c))');
test(parsesAs, 'a :- b, c', ':-(a,,(b,c))');
test(parsesAs, ':- import_module a, b', ':-(import_module(,(a,b)))');
test(parsesAs, ':- import_module list', ':-(import_module(list))');
test(parsesAs, ':- use_module io__file', ':-(use_module(io__file))');
test(parsesAs, ':- module a.b', ':-(module(.(a,b)))');
test(parsesAs, 'X = Y + 1', '=(X,+(Y,1))');
test(parsesAs, '[]', '[]');
test(parsesAs, '[a]', '[|](a,[])');
test(parsesAs, '[a, b | T]', '[|](a,[|](b,T))');
test(parsesAs, '[a, b, c]', '[|](a,[|](b,[|](c,[])))');
test(parsesAs, '[(a, b)]', '[|](,(a,b),[])');
test(parsesAs, '{}', '{}');
test(parsesAs, '{a, b}', '{}(a,b)');
test(parsesAs, 'f((a, b))', 'f(,(a,b))');
test(parsesAs, '-1', '-1');
test(parsesAs, '- 1', '-(1)');
test(parsesAs, '-(1)', '-(1)');
test(parsesAs, '-(a, b)', '-(a,b)');
test(parsesAs, 'a - -1', '-(a,-1)');
test(parsesAs, '- a', '-(a)');
test(parsesAs, 'f(-)', 'f(-)');
test(parsesAs, 'f(-, +)', 'f(-,+)');
test(parsesAs, 'X `with` Y', 'with(X,Y)');
test(parsesAs, 'Closure(A, B)', "''(Closure,A,B)");
test(parsesAs, "'a.b'", "'a.b'");
test(parsesAs, "'f'(x)", 'f(x)');
test(parsesAs, 'not a, b', ',(not(a),b)');
test(parsesAs, 'a = b, c = d', ',(=(a,b),=(c,d))');
test(parsesAs, 'a -> b ; c', ';(->(a,b),c)');
test(parsesAs, 'f((:-), (module), (mod), =)', 'f(:-,module,mod,=)');
test(parsesAs, 'transform_hlds.(module)', '.(transform_hlds,module)');
test(parsesAs, '[-, +]', '[|](-,[|](+,[]))');
test(parsesAs, '- (1)', '-(1)');
test(parsesAs, 'X - -Y', '-(X,-(Y))');
test(parsesAs, '0\'a + 0x10', '+(97,16)');

// Everyday Mercury, with mmc's precedences (library/ops.m).
test(parsesAs, ':- pred main(io::di, io::uo) is det', ':-(pred(is(main(::(io,di),::(io,uo)),det)))');
test(parsesAs, 'main(!IO) :- io.write_string("hi", !IO)', ':-(main(!(IO)),.(io,write_string("hi",!(IO))))');
test(parsesAs, 'p(!.S, !:S)', 'p(!.(S),!:(S))');
test(parsesAs, 'if C then T else E', 'else(if(then(C,T)),E)');
test(parsesAs, '( if a then b else if c then d else e )', 'else(if(then(a,b)),else(if(then(c,d)),e))');
test(parsesAs, 'some [X] p(X)', 'some([|](X,[]),p(X))');
test(parsesAs, 'all [X] p(X) => q(X)', 'all([|](X,[]),=>(p(X),q(X)))');
test(parsesAs, 'trace [io(!IO)] ( a, b )', 'trace([|](io(!(IO)),[]),,(a,b))');
test(parsesAs, 'promise_pure ( a ; b )', 'promise_pure(;(a,b))');
test(parsesAs, '\\+ a, b', ',(\\+(a),b)');
test(parsesAs, '!S ^ f := V', ':=(^(!(S),f),V)');
test(parsesAs, 'X = Y ^ f ^ g', '=(X,^(Y,^(f,g)))');
test(parsesAs, 'X = Y @ f(Z)', '=(X,@(Y,f(Z)))');
test(parsesAs, 'X = (func(A) = B :- B = A + 1)', '=(X,:-(=(func(A),B),=(B,+(A,1))))');
test(parsesAs, 'P = (pred(A::in) is semidet :- A > 0)', '=(P,:-(is(pred(::(A,in)),semidet),>(A,0)))');
test(parsesAs, ':- type t ---> a ; b(f :: int)', ':-(type(--->(t,;(a,b(::(f,int))))))');
test(parsesAs, ':- type u == list(t)', ':-(type(==(u,list(t))))');
test(parsesAs, ':- pred p(T::in) is det <= show(T)', ':-(<=(pred(is(p(::(T,in)),det)),show(T)))');
test(parsesAs, ':- typeclass show(T) where [func show(T) = string]', ':-(typeclass(where(show(T),[|](func(=(show(T),string)),[]))))');
test(parsesAs, 'S = "a" ++ "b" ++ C', '=(S,++("a",++("b",C)))');
test(parsesAs, 'try [] p then q catch E -> r', 'catch(then(try([],p),q),->(E,r))');
test(parsesAs, 'X = $pred', '=(X,$pred)');
test(parsesAs, 'X = A <<u B', '=(X,<<u(A,B))');
test(parsesAs, 'X = -32_768_i16 + 0x_ff_u8', '=(X,+(-32768,255))');
test(parsesAs, 'X = A mod B', '=(X,mod(A,B))');
test(parsesAs, 'X `list.append` Y', 'list.append(X,Y)');

test('an application keeps the position of its functor; an operator term that of its left operand', (t) => {
  const term = one('\n  foo(a,\n    b / c).');
  t.deepEqual([term.line, term.column], [2, 3]);
  const args = (term as { args: Term[] }).args;
  t.deepEqual([args[1]!.line, args[1]!.column], [3, 5]);
});

test('a list term begins at its `[`, and its items keep their own positions', (t) => {
  const term = one('x([\n a, b]).');
  const list = (term as { args: Term[] }).args[0]!;
  t.deepEqual([list.line, list.column], [1, 3]);
  t.deepEqual(
    listItems(list)!.map((i) => `${i.line}:${i.column}`),
    ['2:2', '2:5'],
  );
});

test('readTerms returns every term of a file, with comments between them', (t) => {
  const terms = readTerms('% header\na. /* x */ b(1).\n\nc :- d.\n', 'x.m');
  t.deepEqual(terms.map(canon), ['a', 'b(1)', ':-(c,d)']);
  t.deepEqual(readTerms('', 'x.m'), []);
  t.deepEqual(readTerms('  % nothing\n', 'x.m'), []);
});

const syntaxError = test.macro({
  exec(t, text: string, where: string, message: string) {
    const error = t.throws(() => readTerms(text, 'in.m'), { instanceOf: ImportGraphError });
    t.is(error!.code, 'E_INPUT');
    t.deepEqual(error!.problems.length, 1);
    const p = error!.problems[0]!;
    t.is(`${p.file}:${p.line}:${p.column}`, `in.m:${where}`);
    t.is(p.message, message);
    t.is(error!.message, `in.m:${where}: ${message}`);
  },
  title: (given, text: string, where: string, message: string) => given ?? `${JSON.stringify(text)}: ${where}: ${message}`,
});

test(syntaxError, 'f(a.', '1:4', 'expected `)` or `,`, found `.`');
test(syntaxError, 'f(a b).', '1:5', 'expected `)` or `,`, found `b`');
test(syntaxError, 'f(', '1:3', 'expected a term, found end of file');
test(syntaxError, 'f(a,', '1:5', 'expected a term, found end of file');
test(syntaxError, 'f(,a).', '1:3', 'expected a term, found `,`');
test(syntaxError, '[a', '1:3', 'expected `]`, `,` or `|`, found end of file');
test(syntaxError, '[a | b c].', '1:8', 'expected `]`, found `c`');
test(syntaxError, '[a,].', '1:4', 'expected a term, found `]`');
test(syntaxError, '{a b}.', '1:4', 'expected `}` or `,`, found `b`');
test(syntaxError, '(a b).', '1:4', 'expected `)`, found `b`');
test(syntaxError, '(a', '1:3', 'expected `)`, found end of file');
test(syntaxError, 'a', '1:2', 'expected an operator or `.`, found end of file');
test(syntaxError, 'a b.', '1:3', 'expected an operator or `.`, found `b`');
test(syntaxError, 'f(a) g.', '1:6', 'expected an operator or `.`, found `g`');
test(syntaxError, 'a = b = c.', '1:7', 'expected an operator or `.`, found `=`');
test(syntaxError, 'f (a).', '1:3', 'expected an operator or `.`, found `(`');
test(syntaxError, ').', '1:1', 'expected a term, found `)`');
test(syntaxError, '.', '1:1', 'expected a term, found `.`');
test(syntaxError, 'a `b c.', '1:3', 'unterminated back-quoted name: no closing back quote');
test(syntaxError, 'a `b` .', '1:7', 'expected a term, found `.`');
test(syntaxError, 'ok.\n\nf(\n  "unterminated', '4:3', 'unterminated string: no closing `"`');
test(syntaxError, "f('a\\qb').", '1:5', 'invalid escape `\\q`');
test(syntaxError, 'f(a) /* open', '1:6', 'unterminated comment: `/*` without `*/`');
test(syntaxError, 'f(a | b).', '1:5', 'expected `)` or `,`, found `|`');
test(syntaxError, ':- pred p(- - a).', '1:15', 'expected `)` or `,`, found `a`');

test('the term reader reports a problem and goes on with the next term', (t) => {
  const reader = new TermReader('a(.\nb.\nc d.\ne.', 'x.m');
  const seen: string[] = [];
  for (;;) {
    const r = reader.read();
    if (r.kind === 'eof') break;
    seen.push(r.kind === 'term' ? canon(r.term) : `${r.problem.line}:${r.problem.column} ${r.problem.message}`);
  }
  t.deepEqual(seen, ['1:3 expected a term, found `.`', 'b', '3:3 expected an operator or `.`, found `d`', 'e']);
});

test('describeTerm shows a term briefly in source syntax', (t) => {
  t.is(describeTerm(one('foo/2.')), '`foo/2`');
  t.is(describeTerm(one('a.b.')), '`a.b`');
  t.is(describeTerm(one('f(X, "s", [a, b | T], [], {x}).')), '`f(X, "s", [a, b | T], [], {x})`');
  t.is(describeTerm(one("'hello world'.")), "`'hello world'`");
  t.is(describeTerm(one('a = b.')), '`a = b`');
  t.is(describeTerm(one('f((+)).')), '`f((+))`');
  const long = describeTerm(one(`f(${'abcdefghij, '.repeat(20)}x).`));
  t.true(long.endsWith('...`'));
  t.true(long.length <= 62);
});
