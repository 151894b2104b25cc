// The exact DOT text each kind of value gets; test/write/hostile-names.test.ts shows Graphviz reads it back as the original.
import test from 'ava';
import { fromDot, Digraph, toDot } from 'ts-graphviz';
import { displayText, dotId, dotLabel, dotTooltip, dotUrl } from '../../src/write/dot-text.js';

test('ids and labels double a backslash, escape a quote, write & as &amp;; tooltips need four backslashes', (t) => {
  t.is(dotId('a\\b"c&d'), 'a\\\\b\\"c&amp;d');
  t.is(dotLabel('\\N'), '\\\\N');
  t.is(dotTooltip('\\N'), '\\\\\\\\N');
  t.is(dotId('plain.name'), 'plain.name');
});

test('an id starting with % gets a backslash (Graphviz reserves %N ids); a leading < in a label or tooltip is &lt;', (t) => {
  t.is(dotId('%3'), '\\%3');
  t.is(dotId('a%'), 'a%');
  t.is(dotLabel('<b>x</b>'), '&lt;b>x</b>');
  t.is(dotTooltip('  <i>'), '  &lt;i>');
});

test('controls show as control pictures, non-characters and lone surrogates as U+FFFD, line separators as references', (t) => {
  t.is(displayText('a\nb\tc\u0000\u001f'), 'a\u240ab\u2409c\u2400\u241f');
  t.is(displayText('\ufffe\ud800x\udc00'), '\ufffd\ufffdx\ufffd');
  t.is(dotLabel('a\u2028b\u2029'), 'a&#8232;b&#8233;');
});

test('URLs keep URL-safe ASCII and existing escapes, and percent-encode everything else', (t) => {
  t.is(dotUrl('file:///p/calc.history.import_info#line=3'), 'file:///p/calc.history.import_info#line=3');
  t.is(dotUrl('index.html#scc/a%2Fb'), 'index.html#scc/a%2Fb');
  t.is(dotUrl(`x&y'z"\\ é%zz<>`), 'x%26y%27z%22%5C%20%C3%A9%25zz%3C%3E');
});

test('through ts-graphviz every value stays a quoted string, never an HTML-like label', (t) => {
  const g = new Digraph('g');
  g.createNode(dotId('<b>'), { label: dotLabel('<b>'), tooltip: dotTooltip('<i>') });
  const dot = toDot(g);
  t.false(/=\s*</.test(dot), dot);
  t.deepEqual(fromDot(dot).nodes.map((n) => n.id), ['<b>']);
});
