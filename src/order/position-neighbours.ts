// Each movable module's neighbours as the position search reads them, gathered once per search instead of at every move over all its imports.
//
// The search (position-search.ts) moves only modules with an import inside
// their SCC; every other module keeps its position for the whole search. So
// for a movable module: its imports and importers inside the SCC (in edge
// order, with their weights), the few inter-SCC neighbours that can move, and
// the window the fixed neighbours that never move allow, folded once into four
// numbers. A move then reads what can change and nothing else; min and max are
// exact, so the window is the same as one computed from every import each time.
// Cost: O(n + m) once per search; memory O(n + m_movable).

import type { PositionProblem, Positions } from './position-search.js';

export interface PositionNeighbours {
  /** Imports inside the SCC: `outNode[outStart[v] .. outStart[v+1])` with `outW` (import weights), in edge order; empty for a module that never moves. */
  outStart: Int32Array;
  outNode: Int32Array;
  outW: Float64Array;
  /** Importers inside the SCC, in the order of the incoming edges. */
  inStart: Int32Array;
  inNode: Int32Array;
  inW: Float64Array;
  /** Inter-SCC imports and importers whose other end moves too. */
  fixedOutStart: Int32Array;
  fixedOut: Int32Array;
  fixedInStart: Int32Array;
  fixedIn: Int32Array;
  /** The window the inter-SCC neighbours that never move allow (levels and start times), before the moving ones are counted. */
  lowLevel: Float64Array;
  highLevel: Float64Array;
  lowStart: Float64Array;
  highStart: Float64Array;
}

/** `movable` ascending; `pos` the search's positions, where only movable modules will change. */
export function positionNeighbours(
  p: PositionProblem,
  movable: Int32Array,
  inOffsets: Int32Array,
  inEdge: Int32Array,
  pos: Positions,
): PositionNeighbours {
  const { graph, source, fixed, importWeight, weight } = p;
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const moves = new Uint8Array(n);
  for (const v of movable) moves[v] = 1;
  let innerOut = 0;
  let innerIn = 0;
  let movingOut = 0;
  let movingIn = 0;
  for (const v of movable) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      if (!fixed[e]) innerOut++;
      else if (moves[targets[e]]) movingOut++;
    }
    for (let x = inOffsets[v]; x < inOffsets[v + 1]; x++) {
      const e = inEdge[x];
      if (!fixed[e]) innerIn++;
      else if (moves[source[e]]) movingIn++;
    }
  }
  const r: PositionNeighbours = {
    outStart: new Int32Array(n + 1),
    outNode: new Int32Array(innerOut),
    outW: new Float64Array(innerOut),
    inStart: new Int32Array(n + 1),
    inNode: new Int32Array(innerIn),
    inW: new Float64Array(innerIn),
    fixedOutStart: new Int32Array(n + 1),
    fixedOut: new Int32Array(movingOut),
    fixedInStart: new Int32Array(n + 1),
    fixedIn: new Int32Array(movingIn),
    lowLevel: new Float64Array(n),
    highLevel: new Float64Array(n),
    lowStart: new Float64Array(n),
    highStart: new Float64Array(n),
  };
  let o = 0;
  let i = 0;
  let fo = 0;
  let fi = 0;
  let next = 0;
  for (let v = 0; v < n; v++) {
    r.outStart[v] = o;
    r.inStart[v] = i;
    r.fixedOutStart[v] = fo;
    r.fixedInStart[v] = fi;
    if (next >= movable.length || movable[next] !== v) continue;
    next++;
    let lowLevel = 0;
    let lowStart = 0;
    let highLevel = p.maxLevel - 1;
    let highStart = p.maxTime - weight[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const b = targets[e];
      if (!fixed[e]) {
        r.outNode[o] = b;
        r.outW[o++] = importWeight[e];
      } else if (moves[b]) {
        r.fixedOut[fo++] = b;
      } else {
        lowLevel = Math.max(lowLevel, pos.level[b] + 1);
        lowStart = Math.max(lowStart, pos.start[b] + weight[b]);
      }
    }
    for (let x = inOffsets[v]; x < inOffsets[v + 1]; x++) {
      const e = inEdge[x];
      const a = source[e];
      if (!fixed[e]) {
        r.inNode[i] = a;
        r.inW[i++] = importWeight[e];
      } else if (moves[a]) {
        r.fixedIn[fi++] = a;
      } else {
        highLevel = Math.min(highLevel, pos.level[a] - 1);
        highStart = Math.min(highStart, pos.start[a] - weight[v]);
      }
    }
    r.lowLevel[v] = lowLevel;
    r.highLevel[v] = highLevel;
    r.lowStart[v] = lowStart;
    r.highStart[v] = highStart;
  }
  r.outStart[n] = o;
  r.inStart[n] = i;
  r.fixedOutStart[n] = fo;
  r.fixedInStart[n] = fi;
  return r;
}
