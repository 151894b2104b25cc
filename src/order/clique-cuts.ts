// Pigeonhole cuts for the bound's model: modules that all import one another in some direction (a clique) but have fewer levels than members must share levels, and a pair on one level honours neither import.
//
// For a clique S of the undirected in-SCC graph, each pair honours at most one
// import (2-cycle: not both), and none when both modules sit on one level. With
// each module's level confined to its window, the fewest pairs sharing a level
// is a small assignment problem solved exactly here, so
//   sum of x_e over imports inside S ≤ pairs(S) − fewest shared pairs(S)
// holds for every order. The LP of the level model misses this: it spreads
// each module over several levels and counts every pair as apart.

/** A set of modules and the most imports among them any order within the windows can honour. */
export interface CliqueCut {
  members: number[];
  limit: number;
}

/**
 * Cuts from the maximal cliques of `neighbours` (undirected, no self-loops) and,
 * inside each, from its members with the narrowest windows (high ≤ t for each t).
 * Only cuts that remove something are returned; at most `maxCliques` cliques are read.
 */
export function cliqueCuts(neighbours: number[][], vertices: number[], low: Int32Array, high: Int32Array, maxCliques: number): CliqueCut[] {
  const cuts: CliqueCut[] = [];
  const seen = new Set<string>();
  for (const clique of maximalCliques(neighbours, vertices, maxCliques)) {
    const byHigh = clique.slice().sort((a, b) => high[a] - high[b] || a - b);
    for (let i = 0; i < byHigh.length; i++) {
      if (i + 1 < byHigh.length && high[byHigh[i + 1]] === high[byHigh[i]]) continue;
      const members = byHigh.slice(0, i + 1).sort((a, b) => a - b);
      const key = members.join(',');
      if (members.length < 2 || seen.has(key)) continue;
      seen.add(key);
      const shared = fewestSharedLevelPairs(members, low, high);
      if (shared > 0) cuts.push({ members, limit: (members.length * (members.length - 1)) / 2 - shared });
    }
  }
  return cuts;
}

/** Maximal cliques by Bron–Kerbosch with pivoting, on an explicit stack; stops after `cap` cliques. */
export function maximalCliques(neighbours: number[][], vertices: number[], cap: number): number[][] {
  const adjacent = neighbours.map((list) => new Set(list));
  const cliques: number[][] = [];
  const stack: { r: number[]; p: number[]; x: number[] }[] = [{ r: [], p: vertices.slice(), x: [] }];
  while (stack.length > 0 && cliques.length < cap) {
    const { r, p, x } = stack.pop()!;
    if (p.length === 0) {
      if (x.length === 0) cliques.push(r);
      continue;
    }
    const pivot = pivotOf(adjacent, p, x);
    let rest = p;
    let done = x;
    for (const v of p) {
      if (adjacent[pivot].has(v)) continue;
      const near = adjacent[v];
      stack.push({ r: r.concat(v), p: rest.filter((w) => near.has(w)), x: done.filter((w) => near.has(w)) });
      rest = rest.filter((w) => w !== v);
      done = done.concat(v);
    }
  }
  return cliques;
}

// The vertex of P ∪ X with the most neighbours in P (fewest branches).
function pivotOf(adjacent: Set<number>[], p: number[], x: number[]): number {
  let pivot = p[0];
  let best = -1;
  for (const side of [p, x]) {
    for (const v of side) {
      let count = 0;
      for (const w of p) if (adjacent[v].has(w)) count++;
      if (count > best) (best = count), (pivot = v);
    }
  }
  return pivot;
}

/**
 * The fewest pairs of `members` that must share a level when each takes a level
 * in its window [low, high] (low ≤ high): members are added one at a time, each
 * along an augmenting path (moving earlier members between levels of their
 * windows) to the least-loaded level it can reach. A pair costs the load of the
 * level a member joins and the cost is convex, so this shortest-path greedy is exact.
 */
export function fewestSharedLevelPairs(members: number[], low: Int32Array, high: Int32Array): number {
  let levels = 0;
  for (const v of members) levels = Math.max(levels, high[v] + 1);
  const load = new Int32Array(levels);
  const at = new Int32Array(members.length);
  const cameFrom = new Int32Array(levels);
  let shared = 0;
  for (let i = 0; i < members.length; i++) {
    cameFrom.fill(-2);
    const queue: number[] = [];
    const reach = (from: number, k: number): void => {
      if (cameFrom[k] === -2) (cameFrom[k] = from), queue.push(k);
    };
    const v = members[i];
    for (let k = low[v]; k <= high[v]; k++) reach(-1, k);
    for (let q = 0; q < queue.length; q++) {
      for (let j = 0; j < i; j++) {
        if (at[j] !== queue[q]) continue;
        const u = members[j];
        for (let k = low[u]; k <= high[u]; k++) reach(j, k);
      }
    }
    let best = queue[0];
    for (const k of queue) if (load[k] < load[best] || (load[k] === load[best] && k < best)) best = k;
    shared += load[best];
    load[best]++;
    let k = best;
    while (cameFrom[k] !== -1) {
      const j = cameFrom[k];
      const previous = at[j];
      at[j] = k;
      k = previous;
    }
    at[i] = k;
  }
  return shared;
}
