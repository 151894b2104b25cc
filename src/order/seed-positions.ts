// The first positions of the automatic order: the linear order's forward imports laid out ASAP and scaled into the bounds.
//
// Each module's level and start time are its ASAP values over the imports that
// point down in the linear order, scaled by (bound / length) so the whole fits,
// then clamped into the window the always-kept inter-SCC imports allow: ALAP
// from above (reverse order), ASAP from below while placing. O(n + m).

import type { PositionProblem, Positions } from './position-search.js';
import { incomingEdges } from '../graph/compact-graph.js';

export function seedPositions(p: PositionProblem, order: Int32Array, rank: Int32Array): Positions {
  const { graph, source, fixed, weight } = p;
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const D = p.maxLevel;
  const T = p.maxTime;
  const { inOffsets, inEdge } = p.incoming ?? incomingEdges(graph);

  // ASAP positions of the linear order's forward imports, scaled into the bounds.
  const asapLevel = new Int32Array(n);
  const asapStart = new Float64Array(n);
  let depth = 1;
  let length = 0;
  // Levels and start times are independent: a bound not in use leaves its positions 0, and its passes are skipped.
  const { useLevel, useTime } = p;
  for (let i = 0; i < n; i++) {
    const v = order[i];
    let l = 0;
    let s = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const b = targets[e];
      if (rank[b] >= rank[v]) continue;
      if (useLevel) l = Math.max(l, asapLevel[b] + 1);
      if (useTime) s = Math.max(s, asapStart[b] + weight[b]);
    }
    asapLevel[v] = l;
    asapStart[v] = s;
    depth = Math.max(depth, l + 1);
    length = Math.max(length, s + weight[v]);
  }
  // Windows from the fixed imports: ALAP from above (reverse order), ASAP from below while placing.
  const highLevel = new Int32Array(n).fill(D - 1);
  const highStart = new Float64Array(n);
  for (let v = 0; v < n; v++) highStart[v] = T - weight[v];
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i];
    for (let x = inOffsets[v]; x < inOffsets[v + 1]; x++) {
      const e = inEdge[x];
      if (!fixed[e]) continue;
      const a = source[e];
      if (useLevel) highLevel[v] = Math.min(highLevel[v], highLevel[a] - 1);
      if (useTime) highStart[v] = Math.min(highStart[v], highStart[a] - weight[v]);
    }
  }
  const pos: Positions = { level: new Int32Array(n), start: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const v = order[i];
    let lowLevel = 0;
    let lowStart = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      if (!fixed[e]) continue;
      const b = targets[e];
      if (useLevel) lowLevel = Math.max(lowLevel, pos.level[b] + 1);
      if (useTime) lowStart = Math.max(lowStart, pos.start[b] + weight[b]);
    }
    if (useLevel) pos.level[v] = Math.max(Math.min(Math.floor((asapLevel[v] * D) / depth), highLevel[v]), lowLevel);
    if (useTime) pos.start[v] = Math.max(Math.min(length > 0 && Number.isFinite(T) ? Math.floor((asapStart[v] * T) / length) : 0, highStart[v]), lowStart);
  }

  return pos;
}
