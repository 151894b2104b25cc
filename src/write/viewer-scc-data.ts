// The data of one SCC's viewer page (its DSM, its neighbours outside it, its cuts), loaded only when the page is opened.
import { incomingEdges, type CompactGraph } from '../graph/compact-graph.js';
import { entriesOf } from '../graph/edge-entries.js';
import type { SccCuts } from '../graph/cut-candidates.js';
import type { ImportedFrom } from '../model.js';
import { PlainLabelTable } from '../read/plain-label-table.js';
import { entityCount, entityLabel } from './entity-label.js';
import { wellFormed } from './well-formed.js';

/** What the SCC and module data are computed from: the import graph, with facts per edge and per module. */
export interface ViewerGraphFacts {
  graph: CompactGraph;
  edgeEntities: readonly ImportedFrom[];
  componentOf: Int32Array;
  /** Parallel to graph.targets (honouredImports). */
  honoured: Uint8Array;
  /** Each module's index in the analysis's topDown order. */
  position: Int32Array;
  /** Importers of each module: `edges[offsets[v]..offsets[v+1])` are the edge indexes into graph.targets, `source[e]` their importer. */
  importers: { offsets: Int32Array; edges: Int32Array; source: Int32Array };
  /** Entities crossing each edge, and as one line (edgeTexts): computed once, shown on both ends' pages. */
  entityCounts: Int32Array;
  /** Edge e's line is `labels[labelOf[e]]`: each distinct line is held once ('' is line 0). */
  labelOf: Int32Array;
  labels: readonly string[];
  /** Each edge's line in its importer's .import_info (edgeEntities[e].line, read once into one array; 64-bit only when a line needs it). */
  lines: Int32Array | Float64Array;
}

/**
 * Each edge's entity count and label, once for all pages. Labels are interned:
 * edges that carry the same entities share one string, so a million imports do
 * not hold a million strings when their lines repeat.
 */
export function edgeTexts(edgeEntities: readonly ImportedFrom[]): Pick<ViewerGraphFacts, 'entityCounts' | 'labelOf' | 'labels' | 'lines'> {
  const entityCounts = new Int32Array(edgeEntities.length);
  let lines: Int32Array | Float64Array = new Int32Array(edgeEntities.length);
  const labelOf = new Int32Array(edgeEntities.length);
  const labels: string[] = [''];
  const idOf = new Map<string, number>([['', 0]]);
  const plainLabels = new PlainLabelTable();
  /** Index in `labels` of each label in `plainLabels`. */
  const labelOfPlain: number[] = [];
  // Entries kept as integers are read without making an object for each edge.
  const entries = entriesOf(edgeEntities);
  for (let e = 0; e < entries.length; e++) {
    const line = entries.line(e);
    if ((line | 0) !== line && lines instanceof Int32Array) lines = Float64Array.from(lines);
    lines[e] = line;
    // Straight from the file's text when the lists are plain (most are; their labels hold no surrogate), else from the decoded entities.
    const plain = entries.plainEntityLabel(e, plainLabels);
    if (plain >= 0) {
      entityCounts[e] = plainLabels.count(plain);
      if (entityCounts[e] !== 0) labelOf[e] = labelOfPlain[plain] ?? (labelOfPlain[plain] = labels.push(plainLabels.label(plain)) - 1);
      continue;
    }
    const entities = entries.at(e).entities;
    entityCounts[e] = entityCount(entities);
    if (entityCounts[e] === 0) continue;
    // Made well-formed once per distinct raw line (two raw lines that become the same text keep two ids, which is harmless).
    const label = entityLabel(entities);
    let id = idOf.get(label);
    if (id === undefined) idOf.set(label, (id = labels.push(wellFormed(label)) - 1));
    labelOf[e] = id;
  }
  return { entityCounts, labelOf, labels, lines };
}

export interface SccPageData {
  /** Members (module ids, Mercury name order = index in the model's modules) in the build's top-down order: the DSM's rows and columns. */
  order: number[];
  /** Per import inside the SCC, four numbers: row, column (indexes into order), entities crossing it, 1 when the order honours it. */
  marks: number[];
  /** Per mark, its entities as one line ('' when the input lists none). */
  labels: string[];
  /** Modules outside the SCC that members import, and those outside that import members (ids, ascending). */
  imports: number[];
  importedBy: number[];
  cuts: { arcSet: [number, number]; candidates: { weight: number; sizesAfter: number[]; imports: [number, number, number][] }[] } | null;
}

/** `members`: the SCC's module ids, ascending; `cuts` from sccCuts for the same SCC. */
export function sccPageData(facts: ViewerGraphFacts, members: Int32Array, cuts: SccCuts | undefined): SccPageData {
  const { graph, componentOf, honoured, position, importers, entityCounts, labelOf, labels: labelTexts } = facts;
  const order = Array.from(members).sort((a, b) => position[a] - position[b]);
  const local = new Map(order.map((v, i) => [v, i]));
  const c = componentOf[members[0]];
  const rows: { row: number; col: number; e: number }[] = [];
  const imports = new Set<number>();
  const importedBy = new Set<number>();
  for (const v of members) {
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const w = graph.targets[e];
      if (componentOf[w] === c) rows.push({ row: local.get(v)!, col: local.get(w)!, e });
      else imports.add(w);
    }
    for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) {
      const u = importers.source[importers.edges[i]];
      if (componentOf[u] !== c) importedBy.add(u);
    }
  }
  rows.sort((a, b) => a.row - b.row || a.col - b.col);
  const marks: number[] = [];
  const labels: string[] = [];
  for (const { row, col, e } of rows) {
    marks.push(row, col, entityCounts[e], honoured[e]);
    labels.push(labelTexts[labelOf[e]]);
  }
  const ascending = (s: Set<number>): number[] => Array.from(s).sort((a, b) => a - b);
  return { order, marks, labels, imports: ascending(imports), importedBy: ascending(importedBy), cuts: cuts === undefined ? null : cutsData(cuts) };
}

function cutsData(cuts: SccCuts): NonNullable<SccPageData['cuts']> {
  return {
    arcSet: [cuts.arcSet.count, cuts.arcSet.weight],
    candidates: cuts.candidates.map((c) => ({
      weight: c.weight,
      sizesAfter: c.sizesAfter,
      imports: c.imports.map((i): [number, number, number] => [i.importer, i.imported, i.weight]),
    })),
  };
}

/** Importers of each module as edge indexes (incomingEdges, so each module's importers ascend), and each edge's importer: O(n + m). */
export function importerIndex(graph: CompactGraph): ViewerGraphFacts['importers'] {
  const { inOffsets, inEdge } = incomingEdges(graph);
  const source = new Int32Array(graph.targets.length);
  for (let v = 0; v < graph.nodeCount; v++) source.fill(v, graph.offsets[v], graph.offsets[v + 1]);
  return { offsets: inOffsets, edges: inEdge, source };
}
