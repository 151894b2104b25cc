// Which imports the run's order honours, found once and shared by importgraph.json and the viewer: the fast exact search when the order allows it.
import { reachesEach } from '../graph/reach-queries.js';
import { honouredImportsInSccs } from '../order/honoured-imports.js';
import type { SccAnalysis } from './analyze.js';

/**
 * One flag per import (parallel to the import graph's targets). `anyOrder`: the order may drop imports
 * between SCCs (a spec's), so each import is asked of the whole order (reachesEach, one sweep); Mercury's default and the automatic
 * order keep them all, and then only the imports inside SCCs need a search.
 */
export function honouredImportsOf(analysis: SccAnalysis, options: { anyOrder: boolean }): Uint8Array {
  const { moduleGraph, components, members, order, topDown } = analysis;
  return options.anyOrder
    ? reachesEach(order, moduleGraph.graph)
    : honouredImportsInSccs(order, moduleGraph.graph, components.componentOf, members, topDown);
}
