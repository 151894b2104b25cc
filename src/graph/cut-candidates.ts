// Where to cut a big cycle: sets of imports whose removal splits an SCC, cheapest per module split off, so a developer knows which entities to move.
//
// Algorithm: a weighted Eades–Lin–Smyth sequence of the SCC (feedback-arcs.ts)
// puts most imports forwards; the backward ones form a feedback arc set. Cutting
// the sequence at a point and removing the backward imports that span it leaves
// no path from after the point to before it, so the SCC falls apart there. Each
// point is scored by the weight of those imports per module on the smaller side
// (a ratio cut); for the best points, with distinct import sets, Tarjan on the SCC
// without the point's imports gives the sizes left, and the candidates are ranked
// by weight per module split off the largest piece.
// Cost: O(k² + m) for the sequence, O(k + m) for all the scores, O((k + m) · N)
// for N candidates; for an SCC of k modules and m imports. Deterministic.

import type { CompactGraph } from './compact-graph.js';
import { eadesSequence } from './feedback-arcs.js';
import { inducedSubgraph, withoutEdges } from './induced-subgraph.js';
import { SccScratch, stronglyConnectedComponents } from './strongly-connected.js';

/** One import of a candidate cut: node ids in the whole graph, and the edge's index in its `targets`. */
export interface CutImport {
  importer: number;
  imported: number;
  edge: number;
  weight: number;
}

export interface CutCandidate {
  imports: CutImport[];
  /** Total weight of the imports (e.g. entities crossing them). */
  weight: number;
  /** SCC sizes of the members without these imports, largest first (1: a module left alone). */
  sizesAfter: number[];
}

export interface SccCuts {
  /** The SCC's members, ascending ids. */
  members: Int32Array;
  /** Imports inside the SCC. */
  internalImports: number;
  /** The backward imports of the sequence: removing all of them breaks every cycle. */
  arcSet: { count: number; weight: number };
  /** Best first. */
  candidates: CutCandidate[];
}

/** Up to `limit` cut candidates of the SCC `members`; `weight` is parallel to g.targets, or each edge's weight by its index there (asked only for edges inside the SCC); `scratch`: Int32Array(g.nodeCount) of -1, left so. */
export function cutCandidates(g: CompactGraph, weight: Float64Array | ((edge: number) => number), members: Int32Array, scratch: Int32Array, limit = 10): SccCuts {
  const local = inducedSubgraph(g, members, scratch);
  const localWeight = new Float64Array(local.globalEdge.length);
  for (let i = 0; i < localWeight.length; i++) localWeight[i] = typeof weight === 'function' ? weight(local.globalEdge[i]) : weight[local.globalEdge[i]];
  const position = eadesSequence(local.graph, localWeight);
  const backward = backwardImports(local.graph, position);
  // Each backward import's positions, found once: from its importer's (later) down to its imported module's.
  const backFrom = new Int32Array(backward.length);
  const backTo = new Int32Array(backward.length);
  for (let i = 0; i < backward.length; i++) {
    backFrom[i] = position[sourceOf(local.graph, backward[i])];
    backTo[i] = position[local.graph.targets[backward[i]]];
  }
  const points = rankedCutPoints(members.length, backward, backFrom, backTo, localWeight);
  const candidates: CutCandidate[] = [];
  const seen = new Set<string>();
  for (let p = 0; p < points.length; p++) {
    const point = points[p];
    if (candidates.length >= 3 * limit) break;
    // The backward imports that span the point (between positions point - 1 and point), in the order of `backward`.
    const spanning: number[] = [];
    for (let i = 0; i < backward.length; i++) if (backTo[i] < point && point <= backFrom[i]) spanning.push(backward[i]);
    const key = spanning.join(',');
    if (spanning.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const removed = new Uint8Array(local.graph.targets.length);
    for (let i = 0; i < spanning.length; i++) removed[spanning[i]] = 1;
    candidates.push({
      imports: spanning.map((e) => ({ importer: members[sourceOf(local.graph, e)], imported: members[local.graph.targets[e]], edge: local.globalEdge[e], weight: localWeight[e] })),
      weight: spanning.reduce((sum, e) => sum + localWeight[e], 0),
      sizesAfter: componentSizes(withoutEdges(local.graph, removed)),
    });
  }
  // Ranked by what they really do: weight per module no longer in the largest piece.
  const k = members.length;
  candidates.sort((a, b) => a.weight / (k - a.sizesAfter[0]) - b.weight / (k - b.sizesAfter[0]) || a.sizesAfter[0] - b.sizesAfter[0] || a.imports.length - b.imports.length);
  const kept = candidates.filter((c, i) => !candidates.slice(0, i).some((better) => addsNothingTo(c, better)));
  const arcWeight = backward.reduce((sum, e) => sum + localWeight[e], 0);
  return { members, internalImports: local.graph.targets.length, arcSet: { count: backward.length, weight: arcWeight }, candidates: kept.slice(0, limit) };
}

/** Whether `c` only adds imports to `better` without making the largest piece smaller: nothing new to learn from it. */
function addsNothingTo(c: CutCandidate, better: CutCandidate): boolean {
  if (c.sizesAfter[0] < better.sizesAfter[0]) return false;
  const edges = new Set(c.imports.map((i) => i.edge));
  return better.imports.every((i) => edges.has(i.edge));
}

/** Edges (local indices) from a later position to an earlier one. */
function backwardImports(g: CompactGraph, position: Int32Array): number[] {
  const result: number[] = [];
  for (let v = 0; v < g.nodeCount; v++) for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) if (position[g.targets[e]] < position[v]) result.push(e);
  return result;
}

/** Cut points 1..k-1, best first: spanning weight per module on the smaller side, then balance, then position. */
function rankedCutPoints(k: number, backward: number[], backFrom: Int32Array, backTo: Int32Array, weight: Float64Array): number[] {
  // Difference array: a backward edge from position f to t < f spans points t+1..f.
  const delta = new Float64Array(k + 1);
  for (let i = 0; i < backward.length; i++) {
    delta[backTo[i] + 1] += weight[backward[i]];
    delta[backFrom[i] + 1] -= weight[backward[i]];
  }
  const score = new Float64Array(k);
  let running = 0;
  for (let p = 1; p < k; p++) {
    running += delta[p];
    score[p] = running / Math.min(p, k - p);
  }
  const points = Array.from({ length: Math.max(0, k - 1) }, (_, i) => i + 1);
  return points.sort((a, b) => score[a] - score[b] || Math.abs(k - 2 * a) - Math.abs(k - 2 * b) || a - b);
}

/** The node an edge leaves, by binary search over the row offsets. */
function sourceOf(g: CompactGraph, e: number): number {
  let lo = 0;
  let hi = g.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (g.offsets[mid] <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// One scratch for every cut tried: thousands of small runs of Tarjan then allocate nothing.
const sccScratch = new SccScratch();

/** SCC sizes, largest first. */
function componentSizes(g: CompactGraph): number[] {
  const { count, componentOf } = stronglyConnectedComponents(g, sccScratch);
  const sizes = new Array<number>(count).fill(0);
  for (let v = 0; v < componentOf.length; v++) sizes[componentOf[v]]++;
  return sizes.sort((a, b) => b - a);
}
