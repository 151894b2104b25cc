// Which imports the run's order honours, found once and shared by importgraph.json and the viewer: the fast exact search when the order allows it.
import { honouredImports, honouredImportsInSccs } from '../order/honoured-imports.js';
import type { SccAnalysis } from './analyze.js';

/**
 * One flag per import (parallel to the import graph's targets). `anyOrder`: the order may drop imports
 * between SCCs (a spec's), so only the general search is exact; Mercury's default and the automatic
 * order keep them all, and then only the imports inside SCCs need a search.
 */
export function honouredImportsOf(analysis: SccAnalysis, options: { anyOrder: boolean }): Uint8Array {
  const { moduleGraph, components, members, order, topDown } = analysis;
  return options.anyOrder
    ? honouredImports(order, moduleGraph.graph, topDown)
    : honouredImportsInSccs(order, moduleGraph.graph, components.componentOf, members, topDown);
}
