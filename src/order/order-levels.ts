// Each module's level in a build order: how many modules' builds stand below it, for the viewer and importgraph.json.
import type { CompactGraph } from '../graph/compact-graph.js';

/** Level of each module: 0 reads no `.trans_opt`, otherwise one more than the highest level it reads; `topDown` = topologicalOrder(order). */
export function buildLevels(order: CompactGraph, topDown: Int32Array): Int32Array {
  const level = new Int32Array(order.nodeCount);
  for (let i = topDown.length - 1; i >= 0; i--) {
    const v = topDown[i];
    let best = -1;
    for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) best = Math.max(best, level[order.targets[e]]);
    level[v] = best + 1;
  }
  return level;
}
