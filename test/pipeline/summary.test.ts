// The summary reads as English: one module, one import, one edge; counts of two or more in the plural.
import test from 'ava';
import { formatSummary, type SccSummary } from '../../src/pipeline/summary.js';

function summary(n: number): SccSummary {
  return {
    modules: n,
    externalModules: n,
    imports: n,
    sccs: n,
    cyclicSccs: 0,
    largestScc: { size: 1, firstModule: 'a' },
    orderEdges: n,
    criticalPath: { modules: n, path: [] },
    filesWritten: n,
    filesUnchanged: 0,
  };
}

test('counts of one are singular', (t) => {
  t.is(
    formatSummary(summary(1)),
    [
      'importgraph: modules: 1 (1 import; 1 imported module outside this build)',
      'importgraph: SCCs: 1, 0 with two or more modules; largest: 1 (a)',
      'importgraph: order: 1 edge after transitive reduction; critical path: 1 module',
      'importgraph: files: 1 written, 0 unchanged',
      '',
    ].join('\n'),
  );
});

test('other counts are plural', (t) => {
  t.regex(formatSummary(summary(0)), /\(0 imports; 0 imported modules outside this build\)\n.*\n.*order: 0 edges after transitive reduction; critical path: 0 modules\n/);
  t.regex(formatSummary(summary(2)), /\(2 imports; 2 imported modules .*order: 2 edges .*critical path: 2 modules\n/s);
});
