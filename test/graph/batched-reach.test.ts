// --main's closures and spec encoding ask reachability 32 sources at a time: every answer must be the closure's, in any DAG.
import test from 'ava';
import { forEachReachBatch, sweepOrder } from '../../src/graph/batched-reach.js';
import { bruteForceClosure, chain, randomDag, shuffledIds } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

test('each batch reports exactly the nodes each source reaches, for every source of random DAGs', (t) => {
  for (let seed = 1; seed <= 60; seed++) {
    const random = seededRandom(seed);
    const n = 1 + random.int(90);
    const dag = randomDag(random, n, random.int(n * 3));
    const closure = bruteForceClosure(dag);
    // Sources in a scrambled order and more than 32 of them, so batches mix positions.
    const sources = shuffledIds(random, n);
    const seen = new Set<number>();
    forEachReachBatch(sweepOrder(dag), sources, (batch, reach, reached, count) => {
      const listed = new Set(reached.subarray(0, count));
      t.is(listed.size, count, `seed ${seed}: a node listed twice`);
      for (let w = 0; w < n; w++) if (reach[w] !== 0) t.true(listed.has(w), `seed ${seed}: ${w} has bits but is not listed`);
      batch.forEach((s, bit) => {
        seen.add(s);
        for (let w = 0; w < n; w++) t.is(((reach[w] >>> bit) & 1) === 1, closure[s][w], `seed ${seed}: ${s} reaches ${w}?`);
      });
    });
    t.is(seen.size, n);
  }
});

test('a 200,000-module chain: the first module reaches every later one, in one batch and memory linear in the modules', (t) => {
  const n = 200_000;
  let reachedFromFirst = -1;
  forEachReachBatch(sweepOrder(chain(n)), [0], (_batch, reach, _reached, count) => {
    reachedFromFirst = count;
    t.is(reach[n - 1], 1);
    t.is(reach[0], 0);
  });
  t.is(reachedFromFirst, n - 1);
});
