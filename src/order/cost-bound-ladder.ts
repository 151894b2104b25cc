// The default cost bound, found by search: the lowest step above the make -j8 floor where the order keeps nearly every import the depth bound alone allows.
//
// Rule: U = the import weight the search honours with the depth bound alone
// (no cost bound). Rungs: the floor F (default-cost-bound.ts: a make -j8 build
// takes at least that whatever the order) and F·(1 + k·LADDER_STEP) for
// k = 1..LADDER_RUNGS. The bound is the first rung whose order honours at least
// (1 − SHORTFALL)·U; if none does, the lowest rung that reached the best order
// found. So the cost bound gives up at most SHORTFALL of what depth alone
// keeps, or lengthens the critical path by at most LADDER_RUNGS·LADDER_STEP
// over the floor, whichever comes first, and never more than it buys.
// Search: the floor's rung is auto's usual search (full budget, from the
// linear order). Each higher rung runs RUNG_TRIES searches (half a budget in
// all, each its own PRNG stream: one draw often misses what another finds)
// from the depth-only order laid out inside its cost bound (seed-positions.ts
// on that order), the order the target is measured against; keeps the best order
// of the rungs below when they find nothing better (it still fits), so a
// higher bound never honours less: the result is never below the floor's. The
// depth-only order itself is taken at a rung once its own critical path fits.
// Cost: the floor's search, plus half a budget for the depth-only search and
// half per further rung (2.5× the floor's search on the library, at most
// 4×). Work is counted in move-steps, never time: deterministic.

import type { PositionProblem } from './position-search.js';
import type { Reinserted } from './reinsert-imports.js';
import { searchRounds } from './search-rounds.js';
import { seedPositions } from './seed-positions.js';

/** Rungs above the floor, each LADDER_STEP of the floor higher (up to +10%). */
export const LADDER_STEP = 0.02;
export const LADDER_RUNGS = 5;
/** Searches per rung above the floor, from the same start with their own PRNG streams, half a budget in all: several short draws find a rung's best more often than one long one. */
export const RUNG_TRIES = 4;
/** Share of the depth-only order's import weight the cost bound may give up. */
export const SHORTFALL = 0.004;

export interface LadderChoice {
  result: Reinserted;
  /** The chosen rung's bound, in the problem's integer time unit. */
  maxTime: number;
  /** The chosen rung (0 = the floor), the lowest whose order is the result. */
  rung: number;
}

/** `p`: the problem with both bounds, its maxTime the floor (in p's time unit); `linear`: the linear order of each SCC (linear-order.ts). */
export function costBoundLadder(p: PositionProblem, linear: { order: Int32Array; rank: Int32Array }, seed: number, budget: number): LadderChoice {
  const depthOnly: PositionProblem = { ...p, useTime: false, maxTime: Infinity };
  const reference = searchRounds(depthOnly, seedPositions(depthOnly, linear.order, linear.rank), ladderSeed(seed, LADDER_RUNGS + 1), budget / 2);
  const referenceCost = longestCost(reference);
  const target = (1 - SHORTFALL) * keptWeight(p, reference);
  const layout = topologicalOf(reference);
  const floorTime = p.maxTime;
  let best: Reinserted | undefined;
  let chosen = { maxTime: floorTime, rung: 0 };
  for (let rung = 0; rung <= LADDER_RUNGS; rung++) {
    const maxTime = rungTime(floorTime, rung);
    const q: PositionProblem = { ...p, maxTime };
    const from = rung === 0 ? seedPositions(q, linear.order, linear.rank) : seedPositions(q, layout.order, layout.rank);
    let found = searchRounds(q, from, ladderSeed(seed, rung), rung === 0 ? budget : budget / (2 * RUNG_TRIES));
    for (let t = 1; rung > 0 && t < RUNG_TRIES; t++) found = better(p, searchRounds(q, from, ladderSeed(seed, rung + t * (LADDER_RUNGS + 1)), budget / (2 * RUNG_TRIES)), found);
    if (referenceCost <= maxTime) found = better(p, reference, found);
    const next = better(p, found, best);
    if (next !== best) chosen = { maxTime, rung };
    best = next;
    if (keptWeight(p, best) >= target) break;
  }
  return { result: best as Reinserted, ...chosen };
}

/** The bound of a rung in the problem's integer time unit: the floor raised by rung·LADDER_STEP, rounded down. */
export function rungTime(floorTime: number, rung: number): number {
  return Math.max(floorTime, Math.floor(floorTime * (1 + rung * LADDER_STEP)));
}

// The order honouring more import weight, then more imports; ties keep the incumbent.
function better(p: PositionProblem, candidate: Reinserted, incumbent: Reinserted | undefined): Reinserted {
  if (incumbent === undefined) return candidate;
  const dw = keptWeight(p, candidate) - keptWeight(p, incumbent);
  if (dw !== 0) return dw > 0 ? candidate : incumbent;
  return keptCount(candidate) > keptCount(incumbent) ? candidate : incumbent;
}

function keptWeight(p: PositionProblem, r: Reinserted): number {
  let sum = 0;
  for (let e = 0; e < r.kept.length; e++) if (r.kept[e]) sum += p.importWeight[e];
  return sum;
}

function keptCount(r: Reinserted): number {
  let count = 0;
  for (let e = 0; e < r.kept.length; e++) count += r.kept[e];
  return count;
}

// The costliest path of the order (the longest path downwards from any module).
function longestCost(r: Reinserted): number {
  let cost = 0;
  for (let v = 0; v < r.downCost.length; v++) cost = Math.max(cost, r.downCost[v]);
  return cost;
}

// A linear extension of the order, imported modules first (by longest path downwards, in modules then cost; ties by id).
function topologicalOf(r: Reinserted): { order: Int32Array; rank: Int32Array } {
  const n = r.downLevel.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => r.downLevel[a] - r.downLevel[b] || r.downCost[a] - r.downCost[b] || a - b);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]] = i;
  return { order, rank };
}

// A distinct, reproducible seed per rung (and one for the depth-only search); rung 0 keeps the caller's seed.
function ladderSeed(seed: number, rung: number): number {
  return rung === 0 ? seed : (Math.imul(seed >>> 0, 0x27d4eb2f) + Math.imul(rung, 0x165667b1)) >>> 0;
}
