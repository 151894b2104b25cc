import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { moduleWeights, parseWeights } from '../../src/read/weights.js';

const parsesTo = test.macro((t, text: string, expected: [string, number][]) => {
  t.deepEqual([...parseWeights('w', text)], expected);
});
test('reads TSV with a header', parsesTo, 'module\tcost\na\t3\nb\t2.5\n', [['a', 3], ['b', 2.5]]);
test('reads TSV without a header, skipping blank and # lines', parsesTo, '# costs\na\t3\n\nb\t1e3\n', [['a', 3], ['b', 1000]]);
test('reads a JSON object', parsesTo, '{"a": 1, "b": 2}', [['a', 1], ['b', 2]]);
test('reads a JSON array of pairs', parsesTo, '[["a", 1], ["b", 2]]', [['a', 1], ['b', 2]]);
test('reads make timings: cost is end - start, the last line per module wins', parsesTo, 'a 10.5 12.5\nb 11 11.25\na 20 23\n', [['a', 3], ['b', 0.25]]);

const rejects = test.macro((t, text: string, problem: string) => {
  const error = t.throws(() => parseWeights('w.tsv', text), { instanceOf: ImportGraphError });
  t.is(error?.code, 'E_INPUT');
  t.is(error?.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'), problem);
});
test('rejects a cost that is not a number', rejects, 'a\t1\nb\tlots\n', 'w.tsv:2:3: expected a cost (a number from 0 to 1e12), found `lots`');
test('rejects a negative cost', rejects, 'a\t-1\n', 'w.tsv:1:3: expected a cost (a number from 0 to 1e12), found `-1`');
test('rejects a line without a tab', rejects, 'a\t1\nb 2\n', 'w.tsv:2:1: expected `module<TAB>cost`, found `b 2`');
test('rejects a module given twice', rejects, 'a\t1\na\t2\n', 'w.tsv:2:1: expected each module once, found `a` again');
test('rejects a timing that ends before it starts', rejects, 'a 5 4\n', 'w.tsv:1:5: expected an end time not before the start 5, found `4`');
test('rejects a timing that is not a number', rejects, 'a x 4\n', 'w.tsv:1:3: expected a start time in seconds, found `x`');
test('rejects a timing end that is not a number', rejects, 'a 1 y\n', 'w.tsv:1:5: expected an end time in seconds, found `y`');
test('rejects malformed JSON', rejects, '{"a": }', 'w.tsv:1:1: expected JSON, found ' + (() => { try { JSON.parse('{"a": }'); } catch (e) { return (e as Error).message; } return ''; })());
test('rejects a JSON cost that is not a number', rejects, '{\n"a": "x"}', 'w.tsv:2:1: expected a cost (a number from 0 to 1e12) for `a`, found "x"');
test('rejects a JSON array item that is not a pair', rejects, '[["a", 1], 5]', 'w.tsv:1:1: expected a [module, cost] pair, found 5');

test('a module missing from the weights costs the median of the known ones', (t) => {
  const { weight, missing } = moduleWeights(['a', 'b', 'c', 'd'], { kind: 'file', file: 'w', text: 'a\t1\nb\t3\nc\t10\n' });
  t.deepEqual([...weight], [1, 3, 10, 3]);
  t.deepEqual(missing, ['d']);
});

test('unit and size weights', (t) => {
  t.deepEqual([...moduleWeights(['a', 'b'], { kind: 'unit' }).weight], [1, 1]);
  t.deepEqual([...moduleWeights(['a', 'b'], { kind: 'size', sizes: new Map([['a', 7]]) }).weight], [7, 7]);
});

test('rejects a cost past 1e12, which sums over a million modules could not hold', rejects, 'a\t1e13\n', 'w.tsv:1:3: expected a cost (a number from 0 to 1e12), found `1e13`');
test('rejects a cost too large to be a number (1e400 is Infinity)', rejects, 'a\t1e400\n', 'w.tsv:1:3: expected a cost (a number from 0 to 1e12), found `1e400`');
test('rejects a timing whose length is not a finite cost', rejects, 'a 0 1e400\n', 'w.tsv:1:3: expected a build time (a number from 0 to 1e12), found `0` to `1e400`');
test('rejects a JSON cost of 1e400 (JSON.parse makes it Infinity)', rejects, '{"a": 1e400}', 'w.tsv:1:2: expected a cost (a number from 0 to 1e12) for `a`, found Infinity');

test('the error message lists every problem located, up to the limit, then how many more', (t) => {
  const text = Array.from({ length: 150 }, (_, i) => `m${i}\tlots`).join('\n');
  const error = t.throws(() => parseWeights('w.tsv', `module\tcost\n${text}`, 3), { instanceOf: ImportGraphError });
  t.is(error?.problems.length, 150);
  t.is(error?.message, ['w.tsv:2:4: expected a cost (a number from 0 to 1e12), found `lots`', 'w.tsv:3:4: expected a cost (a number from 0 to 1e12), found `lots`', 'w.tsv:4:4: expected a cost (a number from 0 to 1e12), found `lots`', '... and 147 more'].join('\n'));
});
