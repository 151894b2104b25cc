// The default cost bound searched for above the -j8 floor: taken when a few percent buys back what depth alone keeps, never costing imports, always a rung.
import test from 'ava';
import { autoOrder } from '../../src/order/auto-order.js';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { defaultCostBound } from '../../src/order/default-cost-bound.js';
import { LADDER_RUNGS, rungTime } from '../../src/order/cost-bound-ladder.js';
import { bruteLongest, randomCase } from './order-helpers.js';

// A 3-cycle a→b→c→a of costs 10, 10, 1: the floor (2 × heaviest = 20) fits no two of its imports (any two make a chain of 21).
const cycle = compactGraphFromEdges(3, [0, 1, 2], [1, 2, 0]);

test('a bound 6% above the floor is taken when it keeps what the depth bound alone keeps', (t) => {
  const weight = Float64Array.from([10, 10, 1]);
  t.is(autoOrder(cycle, weight, { maxDepth: 10, maxCriticalPath: 20, effort: 0.003 }).honoured, 1);
  const r = autoOrder(cycle, weight, { effort: 0.003 });
  t.is(r.honoured, 2);
  t.is(r.bounds.maxCriticalPath, 21); // ⌊20 × 1.06⌋, the first rung where a chain of 21 fits
});

test('the floor stays when no rung buys anything (a chain of 29 is 45% above it)', (t) => {
  const weight = Float64Array.from([10, 10, 9]);
  const r = autoOrder(cycle, weight, { effort: 0.003 });
  t.is(r.honoured, 1);
  t.is(r.bounds.maxCriticalPath, 20);
});

test('defaults never honour less than the same search at the floor, and the bound is a rung the order fits', (t) => {
  for (let seed = 1; seed <= 300; seed++) {
    const { graph, weight } = randomCase(seed);
    const floor = defaultCostBound(weight);
    const r = autoOrder(graph, weight, { effort: 0.003 });
    const atFloor = autoOrder(graph, weight, { maxDepth: 10, maxCriticalPath: floor, effort: 0.003 });
    if (r.honouredWeight < atFloor.honouredWeight) return t.fail(`seed ${seed}: ${r.honouredWeight} < ${atFloor.honouredWeight} at the floor`);
    if (r.bounds.raised) continue;
    const rungs = Array.from({ length: LADDER_RUNGS + 1 }, (_, k) => rungTime(floor, k));
    if (!rungs.includes(r.bounds.maxCriticalPath)) return t.fail(`seed ${seed}: bound ${r.bounds.maxCriticalPath} is no rung of ${rungs.join(', ')}`);
    const longest = bruteLongest(r.order, weight);
    if (longest.cost > r.bounds.maxCriticalPath || longest.modules > 10) return t.fail(`seed ${seed}: path ${longest.modules} modules, ${longest.cost} over ${r.bounds.maxCriticalPath}`);
  }
  t.pass();
});
