// importgraph.index: one line per module whatever its name, so grep and cut keep working.
import test from 'ava';
import { sccIndex } from '../../src/write/scc-index.js';

test('ordinary names are written as they are; a backslash, tab, newline or CR is escaped', (t) => {
  t.is(sccIndex(['io', 'io.file'], ['imports_io.dot', undefined]), 'io\timports_io.dot\nio.file\t-\n');
  t.is(sccIndex(['a\tb\nc\rd\\e'], ['imports_x.dot']), 'a\\tb\\nc\\rd\\\\e\timports_x.dot\n');
});
