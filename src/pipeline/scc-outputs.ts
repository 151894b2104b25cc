// Turns an analysis into the files of `importgraph scc`, as path + content pairs; writing them is someone else's job.
import { join } from 'node:path';
import { entriesOf } from '../graph/edge-entries.js';
import { inducedSubgraph } from '../graph/induced-subgraph.js';
import { PlainLabelTable } from '../read/plain-label-table.js';
import type { OutputFile } from '../write/write-if-changed.js';
import type { MakeLayout } from '../write/make-rules.js';
import { sccDot, sccDotLabelLines, type SccDotEdge, type SccDotInput } from '../write/scc-dot.js';
import { threadableText } from '../write/text-writers.js';
import { uniqueFileStems } from '../write/file-stem.js';
import type { SccAnalysis } from './analyze.js';

/** The stem every fixed output file shares. */
export const OUTPUT_STEM = 'importgraph';

export interface SccOutputOptions {
  outDir: string;
  /** `.import_info` path of each module, in name order (parallel to moduleGraph.names). */
  files: readonly string[];
  layout?: MakeLayout;
}

/** One SCC of two or more modules and the DOT file that shows it. */
export interface SccFile {
  component: number;
  /** `imports_C` with C its first module by name, made safe, bounded and unique for a file name (write/file-stem.ts). */
  stem: string;
  members: Int32Array;
}

export { fileStemOf } from '../write/file-stem.js';

// Each analysis' SCC files, made once: the DOT files, the index, importgraph.json and the viewer all ask.
const sccFilesOf = new WeakMap<SccAnalysis, readonly SccFile[]>();

/** SCCs of two or more modules, in name order of their first module (one list per analysis, shared: not to be changed). */
export function multiModuleSccs(analysis: SccAnalysis): readonly SccFile[] {
  let files = sccFilesOf.get(analysis);
  if (files === undefined) sccFilesOf.set(analysis, (files = sccFilesIn(analysis)));
  return files;
}

function sccFilesIn(analysis: SccAnalysis): SccFile[] {
  const { members, moduleGraph } = analysis;
  const result: Omit<SccFile, 'stem'>[] = [];
  for (let c = 0; c < analysis.components.count; c++) {
    // A view made only for an SCC of two or more modules (most components are one module).
    if (members.offsets[c + 1] - members.offsets[c] >= 2) result.push({ component: c, members: members.members.subarray(members.offsets[c], members.offsets[c + 1]) });
  }
  result.sort((a, b) => a.members[0] - b.members[0]);
  const stems = uniqueFileStems(result.map((s) => moduleGraph.names[s.members[0]]));
  return result.map((s, i) => ({ ...s, stem: stems[i] }));
}

/** Every file of an `scc` run: the order, the make and Ninja rules, the index and one DOT file per SCC of two or more modules; the large ones are text made as they are written (in a worker thread when the output transaction writes them). */
export function sccOutputs(analysis: SccAnalysis, options: SccOutputOptions): OutputFile[] {
  const { moduleGraph, order, topDown, priority } = analysis;
  const names = moduleGraph.names;
  // Only the rows: a worker thread is sent a copy of what it needs.
  const rows = { nodeCount: order.nodeCount, offsets: order.offsets, targets: order.targets };
  return [
    ...sccPictureOutputs(analysis, options),
    { path: join(options.outDir, `${OUTPUT_STEM}.trans_opt_order`), content: threadableText('orderFileLines', names, rows, topDown) },
    { path: join(options.outDir, `${OUTPUT_STEM}.dep`), content: threadableText('makeRuleLines', names, rows, topDown, priority, options.layout) },
    { path: join(options.outDir, `${OUTPUT_STEM}.ninja`), content: threadableText('ninjaRuleLines', names, rows, priority, options.layout) },
  ];
}

/** The DOT file of each SCC of two or more modules, and the index that maps every module to its SCC's file. */
export function sccPictureOutputs(analysis: SccAnalysis, options: SccOutputOptions): OutputFile[] {
  const names = analysis.moduleGraph.names;
  const out = (name: string) => join(options.outDir, name);
  const dotFileOf: (string | undefined)[] = new Array(names.length).fill(undefined);
  const files: OutputFile[] = [];
  const localOf = new Int32Array(names.length).fill(-1);
  const labels = new PlainLabelTable(); // the labels of the SCCs' imports, each distinct list text labelled once
  const labelLines = sccDotLabelLines(); // and each label's DOT attribute lines made once
  for (const scc of multiModuleSccs(analysis)) {
    const dotName = `${scc.stem}.dot`;
    for (const v of scc.members) dotFileOf[v] = dotName;
    files.push({ path: out(dotName), content: sccDot(sccDotInput(analysis, scc, options.files, localOf, labels), labelLines) });
  }
  files.push({ path: out(`${OUTPUT_STEM}.index`), content: threadableText('sccIndexLines', names, dotFileOf) });
  return files;
}

// The SCC's imports among its members (its induced subgraph, `localOf` -1 for every node and left so); entries read by index, not through the list's proxy,
// each labelled from its file's text when its lists have the plain shape (the same text as entityLabel), else from its decoded entities.
function sccDotInput(analysis: SccAnalysis, scc: SccFile, files: readonly string[], localOf: Int32Array, labels: PlainLabelTable): SccDotInput {
  const { moduleGraph } = analysis;
  const entries = entriesOf(moduleGraph.edgeEntities);
  const { graph: local, globalEdge } = inducedSubgraph(moduleGraph.graph, scc.members, localOf);
  const edges: SccDotEdge[] = [];
  for (let i = 0; i < local.nodeCount; i++) {
    for (let k = local.offsets[i]; k < local.offsets[i + 1]; k++) {
      const e = globalEdge[k];
      const plain = entries.plainEntityLabel(e, labels);
      const to = local.targets[k];
      edges.push(plain >= 0 ? { from: i, to, line: entries.line(e), label: labels.label(plain), count: labels.count(plain) } : { from: i, to, entry: entries.at(e) });
    }
  }
  return {
    graphName: scc.stem,
    members: Array.from(scc.members, (v) => moduleGraph.names[v]),
    files: Array.from(scc.members, (v) => files[v]),
    edges,
  };
}
