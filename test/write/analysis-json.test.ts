// importgraph.json's strings are written exactly as JSON.stringify writes them, whether or not they need escaping.
import test from 'ava';
import { jsonString } from '../../src/write/analysis-json.js';

test('names and paths are quoted as JSON.stringify quotes them', (t) => {
  const strings = ['', 'a', 'pkg0.sub0.mod_000254', '/tmp/x y/a.import_info', 'caf\u00e9', '\u2028\u2029\u007f', 'say "hi"', 'back\\slash', 'tab\there', 'new\nline', '\u0000\u001f', '\ud83d\ude00', 'lone \ud83d high', 'lone \ude00 low', '\ude00\ud83d'];
  for (const s of strings) t.is(jsonString(s), JSON.stringify(s), s);
});

test('thousands of random strings are quoted as JSON.stringify quotes them', (t) => {
  let seed = 12345;
  const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const alphabet = ['a', 'Z', '0', '.', '/', ' ', '"', '\\', '\n', '\u0001', '\u007f', '\u00e9', '\u2028', '\ud83d', '\ude00', '\ud83d\ude00', '\uffff'];
  for (let i = 0; i < 5000; i++) {
    const s = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    t.is(jsonString(s), JSON.stringify(s), JSON.stringify(s));
  }
});
