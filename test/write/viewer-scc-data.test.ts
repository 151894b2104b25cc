// Edge texts for the viewer's pages: each import's entity count, line and label, each distinct label held once.
import test from 'ava';
import type { ImportedEntities, ImportedFrom } from '../../src/model.js';
import { edgeTexts } from '../../src/write/viewer-scc-data.js';

const none = (): ImportedEntities => ({ types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] });
const entry = (line: number, preds: string[], types: string[] = []): ImportedFrom => {
  const parse = (s: string) => ({ name: s.split('/')[0], arity: Number(s.split('/')[1]) });
  return { module: 'm', line, entities: { ...none(), preds: preds.map(parse), types: types.map(parse) } };
};

test('each import gets its entity count, line and label; the same label is one string, no label is the empty one', (t) => {
  const entries = [entry(3, ['map/3']), entry(9, []), entry(4, ['map/3']), entry(5, ['foldl/4'], ['list/1']), entry(2_500_000_000, ['map/3'])];
  const texts = edgeTexts(entries);
  t.deepEqual(Array.from(texts.entityCounts), [1, 0, 1, 2, 1]);
  t.deepEqual(Array.from(texts.lines), [3, 9, 4, 5, 2_500_000_000], 'a line past 32 bits is kept exactly');
  const label = (e: number) => texts.labels[texts.labelOf[e]];
  t.deepEqual([0, 1, 2, 3, 4].map(label), ['preds: map/3', '', 'preds: map/3', 'types: list/1; preds: foldl/4', 'preds: map/3']);
  t.is(texts.labelOf[0], texts.labelOf[2]);
  t.is(texts.labelOf[0], texts.labelOf[4]);
  t.is(texts.labels.length, 3, "'', and two distinct labels");
});

test('labels are well-formed: a lone surrogate in a name shows as U+FFFD', (t) => {
  const texts = edgeTexts([entry(1, ['a\ud800b/1']), entry(2, ['a\udc00b/1'])]);
  t.is(texts.labels[texts.labelOf[0]], 'preds: (a\ufffdb)/1');
  t.is(texts.labels[texts.labelOf[1]], 'preds: (a\ufffdb)/1');
});
