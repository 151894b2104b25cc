// Cut candidates for every SCC of two or more modules, weighted by the entities crossing each import: the data behind `importgraph.cuts`.
import { cutCandidates, type SccCuts } from '../graph/cut-candidates.js';
import { entityLabel } from '../write/entity-label.js';
import { entriesOf } from '../graph/edge-entries.js';
import { cutsReport } from '../write/cuts-report.js';
import { PlainLabelTable } from '../read/plain-label-table.js';
import type { SccAnalysis } from './analyze.js';

/** Each multi-module SCC's cuts, biggest SCC first (ties: first module by name). */
export function sccCuts(analysis: SccAnalysis): SccCuts[] {
  const { moduleGraph, members } = analysis;
  const { graph, edgeEntities } = moduleGraph;
  // Only imports inside an SCC are weighed (the others are never cut): entities are counted for those alone, as cutCandidates asks, without an entry object each nor a weight per import of the build.
  const entries = entriesOf(edgeEntities);
  const weight = (e: number): number => Math.max(1, entries.entityCount(e));
  const scratch = new Int32Array(graph.nodeCount).fill(-1);
  const result: SccCuts[] = [];
  for (let c = 0; c < analysis.components.count; c++) {
    // A view made only for an SCC of two or more modules (most components are one module).
    if (members.offsets[c + 1] - members.offsets[c] >= 2) result.push(cutCandidates(graph, weight, members.members.subarray(members.offsets[c], members.offsets[c + 1]), scratch));
  }
  return result.sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
}

/** The text of `importgraph.cuts`. */
export function cutsText(analysis: SccAnalysis, cuts: readonly SccCuts[] = sccCuts(analysis)): string {
  const { names, edgeEntities } = analysis.moduleGraph;
  const entries = entriesOf(edgeEntities);
  // From the file's text when the lists are plain (the same text, each distinct list labelled once), else from the decoded entities.
  const labels = new PlainLabelTable();
  return cutsReport(cuts, names, (edge) => {
    const plain = entries.plainEntityLabel(edge, labels);
    return plain >= 0 ? labels.label(plain) : entityLabel(entries.at(edge).entities);
  });
}
