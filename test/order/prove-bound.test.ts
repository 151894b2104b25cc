// plan --prove: the bound is a real upper bound (never below what auto honours) and, on graphs small enough to solve, exactly the best the level model allows.
import test from 'ava';
import { autoOrder } from '../../src/order/auto-order.js';
import { proveBound } from '../../src/order/prove-bound.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import type { CompactGraph } from '../../src/graph/compact-graph.js';
import { randomCase } from './order-helpers.js';

// Most imports pointing strictly down over every level assignment 0..depth-1 that keeps the imports between SCCs pointing down.
function bruteLevels(graph: CompactGraph, depth: number): number {
  const n = graph.nodeCount;
  const comp = stronglyConnectedComponents(graph).componentOf;
  const level = new Array<number>(n).fill(0);
  let best = -1;
  for (;;) {
    let count = 0;
    let ok = true;
    for (let a = 0; a < n && ok; a++) {
      for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) {
        const down = level[graph.targets[e]] < level[a];
        if (down) count++;
        else if (comp[a] !== comp[graph.targets[e]]) ok = false;
      }
    }
    if (ok) best = Math.max(best, count);
    let i = 0;
    while (i < n && level[i] === depth - 1) level[i++] = 0;
    if (i === n) return best;
    level[i]++;
  }
}

/** The random cases small enough to solve by brute force, each with a depth and auto's order at that depth. */
function* smallCases() {
  for (let seed = 1; seed <= 60; seed++) {
    const { graph, weight } = randomCase(seed);
    if (graph.nodeCount > 7) continue;
    const depth = 2 + (seed % 3);
    yield { seed, graph, weight, depth, auto: autoOrder(graph, weight, { maxDepth: depth, effort: 0.01 }) };
  }
}

test('on small graphs the bound is exactly the level model optimum and never below what auto honours', async (t) => {
  let solved = 0;
  for (const { seed, graph, weight, depth, auto } of smallCases()) {
    const proven = await proveBound(graph, weight, auto, 600);
    t.true(proven.upperBound >= auto.honoured, `seed ${seed}`);
    if (auto.bounds.raised) continue;
    t.true(proven.optimal, `seed ${seed}: not solved`);
    t.is(proven.upperBound, bruteLevels(graph, depth), `seed ${seed}`);
    t.is(proven.gapPercent, proven.upperBound === 0 ? 0 : (100 * (proven.upperBound - auto.honoured)) / proven.upperBound);
    solved++;
  }
  t.true(solved >= 10, `${solved} graphs checked`);
});

test('with a cost bound the bound still holds (the cost bound is relaxed to a depth)', async (t) => {
  for (let seed = 61; seed <= 90; seed++) {
    const { graph, weight } = randomCase(seed);
    const auto = autoOrder(graph, weight, { maxCriticalPath: 10 + (seed % 40), effort: 0.01 });
    const proven = await proveBound(graph, weight, auto, 600);
    t.true(proven.upperBound >= auto.honoured, `seed ${seed}`);
    t.true(proven.upperBound <= graph.targets.length);
  }
});

test('straight to targets (no optimisation first), the descent stops exactly at the level model optimum', async (t) => {
  let solved = 0;
  for (const { seed, graph, weight, depth, auto } of smallCases()) {
    if (auto.bounds.raised) continue;
    const proven = await proveBound(graph, weight, auto, 600, { optimiseShare: 0 });
    const best = bruteLevels(graph, depth);
    t.is(proven.upperBound, best, `seed ${seed}`);
    t.true(proven.optimal, `seed ${seed}`);
    for (let i = 1; i < proven.steps.length; i++) t.true(proven.steps[i].upperBound < proven.steps[i - 1].upperBound, `seed ${seed}: steps only go down`);
    solved++;
  }
  t.true(solved >= 10, `${solved} graphs checked`);
});
