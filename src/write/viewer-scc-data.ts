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
  const { order, rowOf } = topDownMembers(members, position);
  const c = componentOf[members[0]];
  const marks: number[] = [];
  const labels: string[] = [];
  const imports: number[] = [];
  const importedBy: number[] = [];
  // Row by row (the members top-down), each row's imports inside by column, and an import twice by edge.
  let byColumn = new Float64Array(16);
  for (let row = 0; row < order.length; row++) {
    const v = order[row];
    const from = graph.offsets[v];
    const degree = graph.offsets[v + 1] - from;
    if (degree > byColumn.length) byColumn = new Float64Array(Math.max(degree, 2 * byColumn.length));
    let inside = 0;
    for (let k = 0; k < degree; k++) {
      const w = graph.targets[from + k];
      if (componentOf[w] === c) byColumn[inside++] = rowOf[indexIn(members, w)] * degree + k;
      else imports.push(w);
    }
    for (const key of byColumn.subarray(0, inside).sort()) {
      const e = from + (key % degree);
      marks.push(row, (key - (key % degree)) / degree, entityCounts[e], honoured[e]);
      labels.push(labelTexts[labelOf[e]]);
    }
    for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) {
      const u = importers.source[importers.edges[i]];
      if (componentOf[u] !== c) importedBy.push(u);
    }
  }
  return { order, marks, labels, imports: ascendingUnique(imports), importedBy: ascendingUnique(importedBy), cuts: cuts === undefined ? null : cutsData(cuts) };
}

/** The members by position (top-down), and the row of each member (by its index in `members`). */
function topDownMembers(members: Int32Array, position: Int32Array): { order: number[]; rowOf: Int32Array } {
  const size = members.length;
  // Positions differ, so position * size + index sorts by position and names the member.
  const keys = new Float64Array(size);
  for (let i = 0; i < size; i++) keys[i] = position[members[i]] * size + i;
  keys.sort();
  const order: number[] = new Array(size);
  const rowOf = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    const i = keys[r] % size;
    order[r] = members[i];
    rowOf[i] = r;
  }
  return { order, rowOf };
}

/** The index of `v` in `sorted` (ascending, holding it). */
function indexIn(sorted: Int32Array, v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The distinct ids in `ids`, ascending. */
function ascendingUnique(ids: readonly number[]): number[] {
  const sorted = Int32Array.from(ids).sort();
  const unique: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique.push(sorted[i]);
  return unique;
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
