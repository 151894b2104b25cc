// Random .import_info corpora whose entity lists take every shape the readers meet (plain, commented, qualified, names JSON escapes, repeated entries, modules outside the build): for tests that compare importgraph.json's ways of writing them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_PLAIN_LAYOUT_OR_NAMES } from './plain-lists.js';
import type { Random } from './random.js';

const KINDS = ['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses'];
const NAMES = ['p', 'q_2', "'+'", "'caf\u00e9'", "''", "'a b'", '\'say "hi"\'', "'back\\\\slash'", 'name_arity("numeric", 1)', 'name_arity("x\\ty", 0)'];

function group(random: Random): string {
  if (random.int(8) === 0) return NOT_PLAIN_LAYOUT_OR_NAMES[random.int(NOT_PLAIN_LAYOUT_OR_NAMES.length)]!;
  const kind = KINDS[random.int(KINDS.length)]!;
  const items = Array.from({ length: random.int(4) }, () => {
    const name = NAMES[random.int(NAMES.length)]!;
    return name.startsWith('name_arity') ? name : `${name}/${random.int(12)}`;
  });
  return `imported_${kind}([${items.join(random.int(2) === 0 ? ', ' : ',\n  ')}])`;
}

/** `count` files m0...m(count-1) in `dir`, importing each other and a few modules outside; their paths. */
export function randomImportInfos(dir: string, random: Random, count: number): string[] {
  const outside = ['builtin', 'io', 'zz.list'];
  return Array.from({ length: count }, (_, i) => {
    const entries = Array.from({ length: random.int(6) }, () => {
      // Repeats of one module are merged by the readers.
      const other = (i + 1 + random.int(count - 1)) % count;
      const to = random.int(5) === 0 || count < 2 ? outside[random.int(outside.length)]! : `m${other}`;
      const groups = Array.from({ length: random.int(3) }, () => group(random));
      return `module_imports_from(${to}, [${groups.join(', ')}])`;
    });
    const file = join(dir, `m${i}.import_info`);
    writeFileSync(file, `module_imports(m${i}, [\n    ${entries.join(',\n    ')}\n]).\n`);
    return file;
  });
}
