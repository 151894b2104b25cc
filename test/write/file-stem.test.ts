// SCC file names: today's names for ordinary modules, bounded with a hash for long ones, one file per SCC however names collide.
import test from 'ava';
import { fileStemOf, MAX_STEM_BYTES, nameHash, uniqueFileStems } from '../../src/write/file-stem.js';

test('ordinary names keep their file names; other characters are %-escaped code points', (t) => {
  t.is(fileStemOf('calc.history'), 'imports_calc.history');
  t.is(fileStemOf('parse_tree.prog_item-x'), 'imports_parse_tree.prog_item-x');
  t.is(fileStemOf('a/b c'), 'imports_a%2fb%20c');
  t.is(fileStemOf('日'), 'imports_%65e5');
});

test('a name past the limit becomes a prefix and 8 hex digits of its SHA-256, deterministically', (t) => {
  const long = 'x'.repeat(300);
  const stem = fileStemOf(long);
  t.true(stem.length <= MAX_STEM_BYTES);
  t.is(stem, `imports_${'x'.repeat(MAX_STEM_BYTES - 9 - 'imports_'.length)}-${nameHash(long)}`);
  t.regex(nameHash(long), /^[0-9a-f]{8}$/);
  t.not(fileStemOf(long), fileStemOf(`${long}y`), 'names that share the prefix differ by hash');
  t.is(fileStemOf('x'.repeat(MAX_STEM_BYTES - 'imports_'.length)).length, MAX_STEM_BYTES, 'at the limit, no hash');
});

test('a long escaped name is never cut inside an escape', (t) => {
  const stem = fileStemOf('日本語'.repeat(40));
  t.true(stem.length <= MAX_STEM_BYTES);
  t.regex(stem, /^imports_(%[0-9a-f]{4})+-[0-9a-f]{8}$/);
});

test('names whose stems collide, exactly or but for case, get ~2, ~3 in order', (t) => {
  t.deepEqual(uniqueFileStems(['Ω/5', 'Ω˵', 'Case', 'case', 'CASE', 'calc']), [
    'imports_%3a9%2f5',
    'imports_%3a9%2f5~2',
    'imports_Case',
    'imports_case~2',
    'imports_CASE~3',
    'imports_calc',
  ]);
});
