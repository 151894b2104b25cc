// A list text seen before gets the label it got then, and the same id; a different text gets its own label, however alike.
import test from 'ava';
import { PlainLabelTable } from '../../src/read/plain-label-table.js';

test('the same list text, in any file and at any place, is one label; other texts are labelled anew', (t) => {
  const table = new PlainLabelTable();
  const a = 'x [imported_preds([p/1, q/2])] y';
  const b = 'other text [imported_preds([p/1, q/2])]';
  const spaced = '[imported_preds([p/1,  q/2])]';
  const id = table.idAt(a, 2, undefined);
  t.is(table.idAt(b, 11, undefined), id);
  t.is(table.idAt(a, 2, undefined), id);
  t.deepEqual([table.label(id), table.count(id)], ['preds: p/1, q/2', 2]);
  // Labelled alike, but its own text: its own id (the ids need not be distinct labels).
  const other = table.idAt(spaced, 0, undefined);
  t.not(other, id);
  t.is(table.label(other), 'preds: p/1, q/2');
  const arity = table.idAt('[imported_preds([p/1, q/3])]', 0, undefined);
  t.is(table.label(arity), 'preds: p/1, q/3');
  t.is(table.size, 3);
  t.is(table.idAt('[imported_preds([p/1 % c\n])]', 0, undefined), -1, 'not plain');
  t.is(table.size, 3);
});

test('a list that does not end at its first `)]` is found again all the same, and what follows a list never changes its label', (t) => {
  const table = new PlainLabelTable();
  const empty = table.idAt('[] , module_imports_from(b, [imported_preds([q/1])])', 0, undefined);
  t.deepEqual([table.label(empty), table.count(empty)], ['', 0]);
  t.is(table.idAt('[]).\n', 0, undefined), empty);
  const spaced = table.idAt('[imported_types([t/0]) ] x)]', 0, undefined);
  t.is(table.label(spaced), 'types: t/0');
  t.is(table.idAt('[imported_types([t/0]) ]', 0, undefined), spaced);
  const list = table.idAt('[imported_preds([p/1])]', 0, undefined);
  t.is(table.idAt('[imported_preds([p/1])]x/2])]', 0, undefined), list);
  t.is(table.size, 3);
});

test('merged lists (a repeated entry) are labelled together, and found again by their label', (t) => {
  const table = new PlainLabelTable();
  const text = '[imported_preds([p/1])] [imported_types([t/0])]';
  const id = table.idAt(text, 0, [24]);
  t.deepEqual([table.label(id), table.count(id)], ['types: t/0; preds: p/1', 2]);
  t.is(table.idAt(text, 0, [24]), id);
  t.not(table.idAt(text, 0, undefined), id, 'the first list alone is another label');
  t.is(table.label(table.idAt(text, 0, undefined)), 'preds: p/1');
  t.is(table.idAt(text, 0, [30]), -1, 'a merged list that is not a list');
});

test('thousands of list texts whose hashes may collide each keep their own label', (t) => {
  const table = new PlainLabelTable();
  const text = (i: number): string => `[imported_funcs([f${i}/${i % 7}, g${(i * 31) % 1000}/1])]`;
  const ids = Array.from({ length: 5000 }, (_, i) => table.idAt(text(i), 0, undefined));
  for (let i = 0; i < 5000; i++) {
    t.is(table.label(ids[i]!), `funcs: f${i}/${i % 7}, g${(i * 31) % 1000}/1`);
    t.is(table.idAt(` ${text(i)}`, 1, undefined), ids[i]);
  }
  t.is(table.size, 5000);
});
