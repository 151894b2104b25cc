// The cost bound auto uses when none is given: the shortest critical path that still keeps nearly all the imports the depth bound alone allows.
//
// Rule: search with levels only (depth D) and note the import weight W honoured
// and the critical path C of that order; then bisect the cost bound between the
// least the inter-SCC imports force and C for the smallest bound at which a
// shorter search still honours KEEP·W (99.5%: give up at most one import in 200
// for a shorter critical path). The rule adapts to each graph: a graph whose
// heavy modules sit on many cycles gets a longer bound than one whose do not.
// Cost: about one more full search (the probes get a fraction of the budget
// each). Deterministic: every probe is bounded in work, not time.

import type { PositionProblem } from './position-search.js';
import type { Reinserted } from './reinsert-imports.js';
import { searchRounds } from './search-rounds.js';
import { seedPositions } from './seed-positions.js';

export const KEEP = 0.995;
const PROBES = 8;
const PROBE_ROUNDS = 6;
/** Searches per probe before a bound counts as too tight (a search can miss what another finds). */
const ATTEMPTS = 3;

/** `p` with useTime and integer weights; returns a bound in the same (integer) units. */
export function defaultCostBound(p: PositionProblem, order: Int32Array, rank: Int32Array, seed: number, budget: number, lowest: number): number {
  const levels: PositionProblem = { ...p, useTime: false, maxTime: Infinity };
  const byDepth = searchRounds(levels, seedPositions(levels, order, rank), seed, budget / 4, PROBE_ROUNDS);
  const target = KEEP * keptWeight(p, byDepth);
  let hi = 0;
  for (let v = 0; v < byDepth.downCost.length; v++) hi = Math.max(hi, byDepth.downCost[v]);
  let lo = Math.min(lowest, hi);
  for (let probe = 0; probe < PROBES && hi - lo > 1; probe++) {
    const mid = Math.floor((lo + hi) / 2);
    const q: PositionProblem = { ...p, maxTime: mid };
    let reached = false;
    for (let attempt = 0; attempt < ATTEMPTS && !reached; attempt++) {
      const r = searchRounds(q, seedPositions(q, order, rank), seed + attempt * 7919, budget / PROBES, PROBE_ROUNDS);
      reached = keptWeight(p, r) >= target;
    }
    if (reached) hi = mid;
    else lo = mid;
  }
  return hi;
}

function keptWeight(p: PositionProblem, r: Reinserted): number {
  let sum = 0;
  for (let e = 0; e < r.kept.length; e++) if (r.kept[e]) sum += p.importWeight[e];
  return sum;
}
