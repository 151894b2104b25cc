// importgraph.cuts as a person reads it: the calculator's two cycles, each cut with its imports, weights, entities and what it leaves.
import test from 'ava';
import { join } from 'node:path';
import { analyzeImports } from '../../src/pipeline/analyze.js';
import { cutsText } from '../../src/pipeline/scc-cuts.js';
import { expandInputs } from '../../src/read/input-files.js';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { sizesText } from '../../src/write/cuts-report.js';
import { examplesDir } from '../helpers/project.js';

test('SCC sizes read as the pieces, then the modules left alone', (t) => {
  t.is(sizesText([66, 17, 1, 1]), '66 + 17 + 2 × 1');
  t.is(sizesText([2, 1, 1, 1]), '2 + 3 × 1');
  t.is(sizesText([4, 1]), '4 + 1');
  t.is(sizesText([1, 1]), '2 × 1');
});

test('the calculator example: each SCC, its feedback set, and cuts cheapest per module split off first', async (t) => {
  const { modules } = await readImportInfos(await expandInputs([join(examplesDir, 'calculator/*.import_info')]));
  t.is(
    cutsText(analyzeImports(modules)),
    [
      '# Where to cut each SCC: sets of imports whose removal (moving the entities that cross them) splits it,',
      '# the fewest entities per module split off first. Weight: the entities crossing an import (1 when none are listed).',
      '# SCC calc.errors (5 modules, 9 imports): a feedback set of 2 imports (weight 4) breaks every cycle',
      'cut 1: 1 import, weight 2: leaves 2 + 3 × 1',
      '\tcalc.errors -> calc.eval\tweight 2\ttypes: expr/0; funcs: expr_to_string/1',
      'cut 2: 2 imports, weight 4: leaves 5 × 1',
      '\tcalc.errors -> calc.eval\tweight 2\ttypes: expr/0; funcs: expr_to_string/1',
      '\tcalc.parser -> calc.eval\tweight 2\ttypes: expr/0, binop/0',
      '',
      '# SCC calc.history (2 modules, 2 imports): a feedback set of 1 import (weight 1) breaks every cycle',
      'cut 1: 1 import, weight 1: leaves 2 × 1',
      '\tcalc.history -> calc.repl\tweight 1\ttypes: repl_state/0',
      '',
    ].join('\n'),
  );
});
