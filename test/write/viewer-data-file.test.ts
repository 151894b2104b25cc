// A viewer data file hands back exactly the value written, whatever the strings in it, and runs nothing else.
import test from 'ava';
import { runInNewContext } from 'node:vm';
import { dataScript } from '../../src/write/viewer-data-file.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';
import { wellFormed } from '../../src/write/well-formed.js';

test('every hostile string comes back from a data file as it was, through one call of the loader and nothing else', (t) => {
  const value = { names: HOSTILE_STRINGS.map(wellFormed), tricky: ['");alert(1);//', '</script><script>x()</script>', '\u2028\u2029', '${x}`'] };
  for (const key of ['scc/a', ...value.names]) {
    const calls: [string, unknown][] = [];
    const text = dataScript(key, value);
    t.false(/[<\u2028\u2029]/.test(text), 'no `<` or line separators in the file text');
    runInNewContext(text, { importgraphData: (k: string, v: unknown) => calls.push([k, v]) });
    t.deepEqual(calls, [[key, value]]);
  }
});
