// The TSV edge-list reader: every name is a module, comments and blank lines skipped, problems located.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { parseEdgeList } from '../../src/read/edge-list.js';

test('importer<TAB>imported lines and lone modules; every name is a module; # comments, CRLF and a BOM are fine', (t) => {
  const modules = parseEdgeList('g.tsv', '\ufeff# graph\r\na\tb\r\n\r\nb\tc\nd\na\ta\n');
  t.deepEqual(modules.map((m) => [m.module, m.imports.map((i) => `${i.module}@${i.line}`)]), [['a', ['b@2']], ['b', ['c@4']], ['c', []], ['d', []]]);
});

test('a third field and a refused name are located', (t) => {
  const error = t.throws(() => parseEdgeList('g.tsv', 'a\tb\tc\nok\tx-y\n'), { instanceOf: ImportGraphError });
  t.deepEqual(error?.problems.map((p) => `${p.line}:${p.column}`), ['1:5', '2:4']);
  t.regex(error!.message, /g\.tsv:2:4: module name 'x-y' cannot be used/);
});
