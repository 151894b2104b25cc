// Cut candidates for every SCC of two or more modules, weighted by the entities crossing each import: the data behind `importgraph.cuts`.
import { cutCandidates, type SccCuts } from '../graph/cut-candidates.js';
import { entityLabel } from '../write/entity-label.js';
import { entriesOf } from '../graph/edge-entries.js';
import { cutsReport } from '../write/cuts-report.js';
import type { SccAnalysis } from './analyze.js';

/** Each multi-module SCC's cuts, biggest SCC first (ties: first module by name). */
export function sccCuts(analysis: SccAnalysis): SccCuts[] {
  const { moduleGraph, members } = analysis;
  const { graph, edgeEntities } = moduleGraph;
  const { componentOf } = analysis.components;
  // Only imports inside an SCC are weighed (the others are never cut): entities are then counted for those alone, without an entry object each.
  const weight = new Float64Array(edgeEntities.length).fill(1);
  const entries = entriesOf(edgeEntities);
  for (let c = 0; c < analysis.components.count; c++) {
    if (members.offsets[c + 1] - members.offsets[c] < 2) continue;
    for (let i = members.offsets[c]; i < members.offsets[c + 1]; i++) {
      const v = members.members[i];
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
        if (componentOf[graph.targets[e]] === c) weight[e] = Math.max(1, entries.entityCount(e));
      }
    }
  }
  const scratch = new Int32Array(graph.nodeCount).fill(-1);
  const result: SccCuts[] = [];
  for (let c = 0; c < analysis.components.count; c++) {
    const list = members.members.subarray(members.offsets[c], members.offsets[c + 1]);
    if (list.length >= 2) result.push(cutCandidates(graph, weight, list, scratch));
  }
  return result.sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
}

/** The text of `importgraph.cuts`. */
export function cutsText(analysis: SccAnalysis, cuts: readonly SccCuts[] = sccCuts(analysis)): string {
  const { names, edgeEntities } = analysis.moduleGraph;
  return cutsReport(cuts, names, (edge) => entityLabel(edgeEntities[edge].entities));
}
