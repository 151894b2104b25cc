// Rows built by counting sorts must equal rows sorted and deduplicated the obvious way, self loops kept only when asked.
import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { seededRandom } from '../helpers/random.js';

function obvious(n: number, from: number[], to: number[], keepSelfLoops: boolean): number[][] {
  const rows = Array.from({ length: n }, () => new Set<number>());
  from.forEach((u, i) => (u !== to[i] || keepSelfLoops) && rows[u].add(to[i]));
  return rows.map((row) => [...row].sort((a, b) => a - b));
}

test('rows come out sorted, without repeats, self loops dropped unless kept', (t) => {
  const random = seededRandom(3);
  for (let round = 0; round < 300; round++) {
    const n = 1 + random.int(50);
    const m = random.int(6 * n);
    const from = Array.from({ length: m }, () => random.int(n));
    const to = Array.from({ length: m }, () => random.int(n));
    for (const keepSelfLoops of [false, true]) {
      const g = compactGraphFromEdges(n, from, to, { keepSelfLoops });
      const rows = Array.from({ length: n }, (_, v) => Array.from(g.targets.subarray(g.offsets[v], g.offsets[v + 1])));
      t.deepEqual(rows, obvious(n, from, to, keepSelfLoops));
      t.is(g.offsets[n], g.targets.length);
    }
  }
});
