// Alternates the position search with re-insertion, restarting each round from the best order so far, so one unlucky seed cannot decide the result.
//
// A round: iterated local search on positions (position-search.ts), then
// re-insertion of every import that fits (reinsert-imports.ts). The next round
// starts from the ASAP positions of the best order found so far (its longest
// paths downwards: every kept import points down there, so nothing is lost)
// with a fresh PRNG stream. The best order is the one honouring the most
// import weight, then the most imports; ties keep the earlier. All work is
// counted in move-steps, never in time, so the result is deterministic.

import { optimisePositions, type PositionProblem, type Positions } from './position-search.js';
import { reinsertImports, type Reinserted } from './reinsert-imports.js';

export const SEARCH_ROUNDS = 12;
/** A round must get this many move-steps per module and import, or its fixed O(n + m) cost (re-insertion, setup) would dominate. */
const STEPS_PER_ROUND_ITEM = 40;
/** Every FRESH_EVERY-th round starts again from the first positions (with its own PRNG stream) instead of the best. */
const FRESH_EVERY = 3;

/** How many rounds a budget affords on this graph: up to SEARCH_ROUNDS, at least 1. */
export function roundsFor(p: PositionProblem, budget: number): number {
  const size = p.graph.nodeCount + p.graph.targets.length;
  return Math.max(1, Math.min(SEARCH_ROUNDS, Math.floor(budget / (STEPS_PER_ROUND_ITEM * Math.max(1, size)))));
}

export function searchRounds(p: PositionProblem, first: Positions, seed: number, budget: number, rounds = roundsFor(p, budget)): Reinserted {
  let best: Reinserted | undefined;
  let bestWeight = -1;
  let bestCount = -1;
  let from = first;
  for (let round = 0; round < rounds; round++) {
    const positions = optimisePositions(p, from, roundSeed(seed, round), budget / rounds);
    const result = reinsertImports(p, positions);
    let weight = 0;
    let count = 0;
    for (let e = 0; e < result.kept.length; e++) {
      if (!result.kept[e]) continue;
      weight += p.importWeight[e];
      count++;
    }
    if (weight > bestWeight || (weight === bestWeight && count > bestCount)) {
      best = result;
      bestWeight = weight;
      bestCount = count;
    }
    from = (round + 1) % FRESH_EVERY === 0 ? first : tightPositions(p, best as Reinserted, round % 2 === 1);
  }
  return best as Reinserted;
}

// Positions where every import of the order points down: ASAP (longest path downwards) or ALAP (longest path from above), in levels and in time.
function tightPositions(p: PositionProblem, r: Reinserted, late: boolean): Positions {
  const n = r.downLevel.length;
  const level = new Int32Array(n);
  const start = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (p.useLevel) level[v] = late ? p.maxLevel - r.upLevel[v] : r.downLevel[v] - 1;
    if (p.useTime) start[v] = late ? p.maxTime - r.upCost[v] : r.downCost[v] - p.weight[v];
  }
  return { level, start };
}

// A distinct, reproducible PRNG seed per round.
function roundSeed(seed: number, round: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(round + 1, 0x85ebca6b)) >>> 0;
}
