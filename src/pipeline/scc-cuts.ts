// Cut candidates for every SCC of two or more modules, weighted by the entities crossing each import: the data behind `importgraph.cuts`.
import { cutCandidates, type SccCuts } from '../graph/cut-candidates.js';
import { entityCount, entityLabel } from '../write/entity-label.js';
import { cutsReport } from '../write/cuts-report.js';
import type { SccAnalysis } from './analyze.js';

/** Each multi-module SCC's cuts, biggest SCC first (ties: first module by name). */
export function sccCuts(analysis: SccAnalysis): SccCuts[] {
  const { moduleGraph, members } = analysis;
  const { graph, edgeEntities } = moduleGraph;
  const weight = Float64Array.from(edgeEntities, (entry) => Math.max(1, entityCount(entry.entities)));
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
