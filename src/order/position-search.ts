// Places each module at a (level, start time) so that as many imports as possible point strictly down, within the bounds.
//
// Algorithm: iterated local search over positions (see auto-order.ts for the model).
// A move puts one module at its best position inside the window its inter-SCC
// imports allow: for each candidate level (the window's ends, its current level
// and one above/below each neighbour; at most 48, evenly sampled) the start time
// is chosen by a sweep over the sorted thresholds of its neighbours (as early
// as an import allows, or as late as an importer allows), O(K · d log d) for
// degree d. Descent passes visit the modules of SCCs in id order and accept
// equal moves with a seeded coin (plateau walking); after a pass without gain a
// few modules are kicked (to a random position of their window, or half the time
// next to the other end of a dropped import) and descent resumes; a local optimum up
// to SLACK below the best is kept as the next start; the best positions ever
// seen are returned.
// Cost: bounded by `budget` move-steps (one step = one neighbour looked at); a
// move reads only what can change (position-neighbours.ts, gathered once per search).
// Choice: a cheap, deterministic heuristic with a quality/time knob (budget),
// rather than an exact (NP-hard) layering.

import { incomingEdges, type CompactGraph } from '../graph/compact-graph.js';
import { positionNeighbours } from './position-neighbours.js';

export interface PositionProblem {
  graph: CompactGraph;
  /** Source node of each edge (parallel to graph.targets). */
  source: Int32Array;
  /** 1 for an inter-SCC import, which must stay kept. */
  fixed: Uint8Array;
  importWeight: Float64Array;
  weight: Float64Array;
  useLevel: boolean;
  useTime: boolean;
  /** Number of levels (0..maxLevel-1). */
  maxLevel: number;
  /** Each module's incoming edges (incomingEdges of graph), when the caller has them already. */
  incoming?: { inOffsets: Int32Array; inEdge: Int32Array };
  /** Latest finish time. With useTime, weights and maxTime are integers ≥ 1 (see auto-order.ts), so all arithmetic is exact. */
  maxTime: number;
  /** The graph's SCCs (componentOf), when known: re-insertion's cycle searches then stay inside each SCC. */
  componentOf?: Int32Array;
}

/** Each import's importer and whether it crosses SCCs (then it is fixed: it must stay kept), as a PositionProblem takes them. */
export function importEnds(graph: CompactGraph, componentOf: Int32Array): { source: Int32Array; fixed: Uint8Array } {
  const source = new Int32Array(graph.targets.length);
  const fixed = new Uint8Array(graph.targets.length);
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      source[e] = v;
      fixed[e] = componentOf[v] !== componentOf[graph.targets[e]] ? 1 : 0;
    }
  }
  return { source, fixed };
}

export interface Positions {
  level: Int32Array;
  start: Float64Array;
}

const MAX_LEVEL_CANDIDATES = 48;
/** A new local optimum up to SLACK weight below the best is kept as the next start (to drift off plateaus). */
const SLACK = 1;
/** Share of kicks that force a dropped import to point down instead of moving a module at random. */
const KICK_TOWARDS = 0.5;

/** True when the import e (A→B) points down: B is on a lower level and finishes before A starts. */
export function keptAt(p: PositionProblem, pos: Positions, e: number): boolean {
  const a = p.source[e];
  const b = p.graph.targets[e];
  if (p.useLevel && !(pos.level[b] < pos.level[a])) return false;
  if (p.useTime && !(pos.start[b] + p.weight[b] <= pos.start[a])) return false;
  return true;
}

// Seeded PRNG (mulberry32), so the search is reproducible.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function optimisePositions(p: PositionProblem, initial: Positions, seed: number, budget: number): Positions {
  const { graph, source, fixed, importWeight, weight } = p;
  const n = graph.nodeCount;
  const m = graph.targets.length;
  const { offsets, targets } = graph;
  const { useLevel, useTime } = p;
  const random = prng(seed);

  const { inOffsets, inEdge } = p.incoming ?? incomingEdges(graph);

  const pos: Positions = { level: initial.level.slice(), start: initial.start.slice() };
  const { level, start } = pos;

  // Modules with an import inside their SCC are the only ones worth moving.
  const movableList: number[] = [];
  for (let v = 0; v < n; v++) {
    let inside = false;
    for (let e = offsets[v]; e < offsets[v + 1] && !inside; e++) inside = !fixed[e];
    for (let x = inOffsets[v]; x < inOffsets[v + 1] && !inside; x++) inside = !fixed[inEdge[x]];
    if (inside) movableList.push(v);
  }
  if (movableList.length === 0) return pos;
  const movable = Int32Array.from(movableList);
  const innerList: number[] = [];
  for (let e = 0; e < m; e++) if (!fixed[e] && source[e] !== targets[e]) innerList.push(e);
  const inner = Int32Array.from(innerList);
  // What a move reads: the imports inside the SCC, the inter-SCC neighbours that move too, the window the others allow (position-neighbours.ts).
  const near = positionNeighbours(p, movable, inOffsets, inEdge, pos);
  const { outStart, outNode, outW, inStart, inNode, inW, fixedOutStart, fixedOut, fixedInStart, fixedIn } = near;

  let maxDegree = 0;
  for (const v of movable) maxDegree = Math.max(maxDegree, outStart[v + 1] - outStart[v] + inStart[v + 1] - inStart[v]);
  const levels = new Int32Array(maxDegree + 3);
  // The candidate levels a move scores, and their difference array (integral weights only).
  const candidate = new Int32Array(maxDegree + 3);
  const diff = new Float64Array(maxDegree + 4);
  const integral = integralWeights(p);
  // The levels of the moving module's neighbours inside its SCC, read once per move.
  const outLevel = new Int32Array(maxDegree);
  const inLevel = new Int32Array(maxDegree);
  const thrA = new Float64Array(maxDegree);
  const thrAW = new Float64Array(maxDegree);
  const thrB = new Float64Array(maxDegree);
  const thrBW = new Float64Array(maxDegree);
  const idx = new Int32Array(maxDegree);
  let work = 0;

  // Weight of v's imports inside its SCC that point down (as keptAt), imports first, each side in edge order.
  const localScore = (v: number): number => {
    if (!useTime) return localLevelScore(v);
    let sum = 0;
    const lv = level[v];
    const sv = start[v];
    for (let i = outStart[v]; i < outStart[v + 1]; i++) {
      const b = outNode[i];
      if (useLevel && !(level[b] < lv)) continue;
      if (useTime && !(start[b] + weight[b] <= sv)) continue;
      sum += outW[i];
    }
    for (let i = inStart[v]; i < inStart[v + 1]; i++) {
      const a = inNode[i];
      if (useLevel && !(lv < level[a])) continue;
      if (useTime && !(sv + weight[v] <= start[a])) continue;
      sum += inW[i];
    }
    return sum;
  };

  // As localScore with depth alone (levels only, summed in the same order).
  const localLevelScore = (v: number): number => {
    let sum = 0;
    const lv = level[v];
    for (let i = outStart[v]; i < outStart[v + 1]; i++) if (!useLevel || level[outNode[i]] < lv) sum += outW[i];
    for (let i = inStart[v]; i < inStart[v + 1]; i++) if (!useLevel || lv < level[inNode[i]]) sum += inW[i];
    return sum;
  };

  // Sorts values[0..k) with their weights, ascending: insertion sort for a small degree (no allocation), else by index.
  const sortPairs = (values: Float64Array, weights: Float64Array, k: number): void => {
    if (k > 48) {
      for (let i = 0; i < k; i++) idx[i] = i;
      const view = idx.subarray(0, k);
      view.sort((x, y) => values[x] - values[y] || x - y);
      const vs = Array.from(view, (i) => values[i]);
      const ws = Array.from(view, (i) => weights[i]);
      values.set(vs);
      weights.set(ws);
      return;
    }
    for (let i = 1; i < k; i++) {
      const v = values[i];
      const w = weights[i];
      let j = i - 1;
      while (j >= 0 && values[j] > v) {
        values[j + 1] = values[j];
        weights[j + 1] = weights[j];
        j--;
      }
      values[j + 1] = v;
      weights[j + 1] = w;
    }
  };

  // Best position of v; mode 'random' returns a random position of its window instead.
  let bestLevel = 0;
  let bestStart = 0;
  // Kick targets: a random position when targetLevel < 0, else the window's point nearest (targetLevel, targetStart).
  let targetLevel = -1;
  let targetStart = 0;
  // The score a depth-only move found at the module's own level (its localScore, the same exact integer sum), or -1 when it scored no such candidate.
  let scoreHere = -1;
  const move = (v: number, randomPosition: boolean): number => {
    let lowLevel = near.lowLevel[v];
    let highL = near.highLevel[v];
    let lowStart = near.lowStart[v];
    let highS = near.highStart[v];
    // Only the bounds in use (the others are set to 0 below).
    for (let i = fixedOutStart[v]; i < fixedOutStart[v + 1]; i++) {
      const b = fixedOut[i];
      if (useLevel) lowLevel = Math.max(lowLevel, level[b] + 1);
      if (useTime) lowStart = Math.max(lowStart, start[b] + weight[b]);
    }
    for (let i = fixedInStart[v]; i < fixedInStart[v + 1]; i++) {
      const a = fixedIn[i];
      if (useLevel) highL = Math.min(highL, level[a] - 1);
      if (useTime) highS = Math.min(highS, start[a] - weight[v]);
    }
    const o0 = outStart[v];
    const outs = outStart[v + 1] - o0;
    const i0 = inStart[v];
    const ins = inStart[v + 1] - i0;
    if (!useLevel) lowLevel = highL = 0;
    if (!useTime) lowStart = highS = 0;
    if (randomPosition && targetLevel >= 0) {
      bestLevel = Math.max(lowLevel, Math.min(highL, targetLevel));
      bestStart = Math.max(lowStart, Math.min(highS, targetStart));
      return -1;
    }
    if (randomPosition) {
      bestLevel = lowLevel + Math.floor(random() * (highL - lowLevel + 1));
      bestStart = lowStart + Math.floor(random() * (highS - lowStart + 1));
      return -1;
    }
    // A window of one level, the module's own, with depth alone and exact sums: the loop below would score that one
    // candidate as its localScore and keep it there, drawing nothing; so only its work is counted.
    if (useLevel && !useTime && integral && lowLevel === highL && level[v] === lowLevel) {
      work += outs + ins + 1;
      bestLevel = lowLevel;
      bestStart = 0;
      scoreHere = 0;
      return 0;
    }
    let k = 0;
    levels[k++] = lowLevel;
    levels[k++] = highL;
    levels[k++] = level[v];
    if (useLevel) {
      for (let i = 0; i < outs; i++) {
        const l = (outLevel[i] = level[outNode[o0 + i]]) + 1;
        if (l >= lowLevel && l <= highL) levels[k++] = l;
      }
      for (let i = 0; i < ins; i++) {
        const l = (inLevel[i] = level[inNode[i0 + i]]) - 1;
        if (l >= lowLevel && l <= highL) levels[k++] = l;
      }
    }
    sortLevels(levels, k);
    let distinct = 0;
    for (let i = 0; i < k; i++) if (i === 0 || levels[i] !== levels[i - 1]) levels[distinct++] = levels[i];
    const stride = distinct > MAX_LEVEL_CANDIDATES ? distinct / MAX_LEVEL_CANDIDATES : 1;
    let best = -Infinity;
    let ties = 0;
    scoreHere = -1;
    if (useLevel && !useTime && integral && distinct > 3) {
      // Depth alone with integer weights: every candidate's score from one difference array over the candidates; the sums are exact, so each equals the direct sum below.
      let picked = 0;
      for (let c = 0; c < distinct; c += stride) candidate[picked++] = levels[Math.floor(c)];
      for (let j = 0; j <= picked; j++) diff[j] = 0;
      for (let i = 0; i < ins; i++) {
        diff[0] += inW[i0 + i];
        diff[countBelow(candidate, picked, inLevel[i])] -= inW[i0 + i];
      }
      for (let i = 0; i < outs; i++) diff[countBelow(candidate, picked, outLevel[i] + 1)] += outW[o0 + i];
      let score = 0;
      for (let j = 0; j < picked; j++) {
        score += diff[j];
        if (candidate[j] === level[v]) scoreHere = score;
        work += outs + ins + 1;
        if (score > best || (score === best && random() * ++ties < 1)) {
          if (score > best) ties = 1;
          best = score;
          bestLevel = candidate[j];
          bestStart = 0;
        }
      }
      return best;
    }
    for (let c = 0; c < distinct; c += stride) {
      const l = levels[Math.floor(c)];
      work += outs + ins + 1;
      if (!useTime) {
        // Depth alone: the in-weights above l, then the out-weights below it, summed in edge order as the sweep below would.
        let score = 0;
        for (let i = 0; i < ins; i++) if (!useLevel || inLevel[i] > l) score += inW[i0 + i];
        for (let i = 0; i < outs; i++) if (!useLevel || outLevel[i] < l) score += outW[o0 + i];
        // With exact sums the score at its own level is its localScore, as in the difference-array path.
        if (integral && useLevel && l === level[v]) scoreHere = score;
        if (score > best || (score === best && random() * ++ties < 1)) {
          if (score > best) ties = 1;
          best = score;
          bestLevel = l;
          bestStart = 0;
        }
        continue;
      }
      let na = 0;
      let nb = 0;
      let totalB = 0;
      for (let i = o0; i < o0 + outs; i++) {
        const b = outNode[i];
        if (useLevel && !(level[b] < l)) continue;
        thrA[na] = start[b] + weight[b];
        thrAW[na++] = outW[i];
      }
      for (let i = i0; i < i0 + ins; i++) {
        const a = inNode[i];
        if (useLevel && !(level[a] > l)) continue;
        thrB[nb] = start[a] - weight[v];
        thrBW[nb++] = inW[i];
        totalB += inW[i];
      }
      sortPairs(thrA, thrAW, na);
      sortPairs(thrB, thrBW, nb);
      work += (na + nb) * 2;
      // count(s) = weight of A-thresholds ≤ s + weight of B-thresholds ≥ s. Candidates: as early as
      // possible (lowStart, each A-threshold) and, for plateau moves, as late as possible (each B-threshold, highS).
      for (let side = 0; side < 2; side++) {
        const k2 = side === 0 ? na : nb;
        let ia = 0;
        let ib = 0;
        let sumA = 0;
        let lostB = 0;
        for (let c2 = -1; c2 < k2; c2++) {
          const s = side === 0 ? (c2 < 0 ? lowStart : thrA[c2]) : c2 + 1 < nb ? thrB[c2 + 1] : highS;
          if (s < lowStart || s > highS) continue;
          while (ia < na && thrA[ia] <= s) sumA += thrAW[ia++];
          while (ib < nb && thrB[ib] < s) lostB += thrBW[ib++];
          const score = sumA + totalB - lostB;
          if (score > best || (score === best && random() * ++ties < 1)) {
            if (score > best) ties = 1;
            best = score;
            bestLevel = l;
            bestStart = s;
          }
        }
      }
      work += na + nb;
    }
    return best;
  };

  const score = (): number => {
    let sum = 0;
    for (let e = 0; e < m; e++) if (!fixed[e] && keptAt(p, pos, e)) sum += importWeight[e];
    return sum;
  };

  let current = score();
  let bestScore = current;
  const bestPos: Positions = { level: pos.level.slice(), start: pos.start.slice() };
  while (work < budget) {
    // Descent with plateau moves, until a pass gains nothing.
    for (let pass = 0; pass < 30 && work < budget; pass++) {
      let gained = 0;
      for (const v of movable) {
        // A move changes no position, so the score before it may be read after it.
        const after = move(v, false);
        const before = scoreHere >= 0 ? scoreHere : localScore(v);
        if (after >= before) {
          pos.level[v] = bestLevel;
          pos.start[v] = bestStart;
          gained += after - before;
        }
      }
      current += gained;
      if (gained <= 0) break;
    }
    if (current > bestScore) {
      bestScore = current;
      bestPos.level.set(pos.level);
      bestPos.start.set(pos.start);
    } else if (current < bestScore - SLACK) {
      pos.level.set(bestPos.level);
      pos.start.set(bestPos.start);
      current = bestScore;
    }
    // Kick a few modules.
    // Half the kicks force a dropped import inside an SCC to point down (moving one end next to the other).
    const kicks = 1 + Math.floor(random() * 5);
    for (let i = 0; i < kicks; i++) {
      let v = movable[Math.floor(random() * movable.length)];
      targetLevel = -1;
      const e = inner.length > 0 && random() < KICK_TOWARDS ? inner[Math.floor(random() * inner.length)] : -1;
      if (e >= 0 && !keptAt(p, pos, e)) {
        const a = source[e];
        const b = targets[e];
        if (random() < 0.5) {
          v = b;
          targetLevel = Math.max(0, pos.level[a] - 1);
          targetStart = pos.start[a] - weight[b];
        } else {
          v = a;
          targetLevel = pos.level[b] + 1;
          targetStart = pos.start[b] + weight[b];
        }
      }
      const before = localScore(v);
      move(v, true);
      pos.level[v] = bestLevel;
      pos.start[v] = bestStart;
      current += localScore(v) - before;
      work += 1 + offsets[v + 1] - offsets[v] + inOffsets[v + 1] - inOffsets[v];
    }
  }
  return bestPos;
}

// Sorts levels[0..k) ascending in place: insertion sort for the few candidates of a usual move, the typed array's own sort for many.
function sortLevels(levels: Int32Array, k: number): void {
  if (k > 32) {
    levels.subarray(0, k).sort();
    return;
  }
  for (let i = 1; i < k; i++) {
    const x = levels[i];
    let j = i - 1;
    while (j >= 0 && levels[j] > x) {
      levels[j + 1] = levels[j];
      j--;
    }
    levels[j + 1] = x;
  }
}

// How many of sorted[0..k) are below x.
function countBelow(sorted: Int32Array, k: number, x: number): number {
  let lo = 0;
  let hi = k;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// True when the weights of the imports inside SCCs are integers whose sum stays exact in doubles: then sums in any order are equal.
function integralWeights(p: PositionProblem): boolean {
  let total = 0;
  for (let e = 0; e < p.fixed.length; e++) {
    if (p.fixed[e]) continue;
    const w = p.importWeight[e];
    if (!Number.isInteger(w)) return false;
    total += Math.abs(w);
  }
  return total <= Number.MAX_SAFE_INTEGER;
}
