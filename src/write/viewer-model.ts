// The plain data index.html shows (SCCs, their pictures and links, module → SCC), and how to build it from the graph stages.
import type { CompactGraph } from '../graph/compact-graph.js';
import { componentMembers, condense } from '../graph/condense.js';
import { reachThrough } from '../graph/reach-through.js';
import { transitiveReduction } from '../graph/transitive-reduction.js';
import type { StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { fileStemOf } from './file-stem.js';
import { wellFormed } from './well-formed.js';

/** One SCC of two or more modules; `id` is its first module in Mercury name order (as in `imports_<id>.dot`). */
export interface ViewerScc {
  id: string;
  members: string[];
  /** Paths relative to index.html; null when there is none (e.g. rendering timed out). */
  svg: string | null;
  dot: string | null;
  /** Why there is no picture, e.g. "rendering timed out after 30000 ms". */
  note?: string;
  /** The nearest SCCs it depends on, directly or through single modules (transitively reduced; ids, Mercury name order). */
  imports: string[];
  /** SCCs that depend on it, directly or through single modules. */
  importedBy: string[];
  /** Its page's data file (viewer-scc-data), relative to index.html; absent in a model built without one. */
  data?: string;
  /** Imports among its members, and how many of them the order honours. */
  internal?: number;
  honoured?: number;
}

/** The build's shape for the overview, and where the pages' data files are. */
export interface ViewerBuild {
  /** Modules per level (level 0 reads no `.trans_opt`). */
  widths: number[];
  /** Module ids of the critical path, from the module built last down to one that reads nothing. */
  criticalPath: number[];
  /** Total cost, and whether costs are weights (else one per module). */
  totalCost: number;
  weighted: boolean;
  /** Simulated -j`jobs` builds: this order's and Mercury's default's makespans. */
  jobs: number;
  makespan: number;
  defaultMakespan: number;
  /** The Gantt chart of both, relative to index.html, or null (too many modules to draw). */
  timeline: string | null;
  /** Module pages: `${modulePrefix}${Math.floor(id / moduleChunk)}.js`. */
  modulePrefix: string;
  moduleChunk: number;
}

export interface ViewerModel {
  title: string;
  /** Path of overview.svg relative to index.html, or null. */
  overviewSvg: string | null;
  /** In Mercury name order of `id`. */
  sccs: ViewerScc[];
  /** Every module of the build, Mercury name order: its SCC's id, or null when it builds alone. */
  modules: { name: string; scc: string | null }[];
  /** With the pipeline's data files: the build's shape and module pages. */
  build?: ViewerBuild;
}

/** What the pipeline knows about one SCC's files. */
export interface SccFiles {
  svg: string | null;
  dot: string | null;
  note?: string;
}

export interface ViewerModelInput {
  /** Module names, node id = index, in Mercury name order (ModuleGraph.names). */
  names: readonly string[];
  graph: CompactGraph;
  scc: StronglyConnectedComponents;
  /** Files of the SCC whose first module is this name; default fileStemOf's `imports_<id>.svg` / `.dot`. */
  sccFiles?: (id: string) => SccFiles;
  overviewSvg?: string | null;
  title?: string;
  /** `bigSccLinks(graph, scc)`, when the caller has it already (the overview needs the same links). */
  links?: CompactGraph;
}

/**
 * Over the condensation, each SCC of two or more modules → the nearest such SCCs
 * it depends on (through single modules only), transitively reduced: an SCC
 * reached through another is that one's link, which keeps pages short (on 100k
 * modules unreduced lists made a 196 MB index.html).
 */
export function bigSccLinks(graph: CompactGraph, scc: StronglyConnectedComponents): CompactGraph {
  const members = componentMembers(scc);
  const big = new Uint8Array(scc.count);
  for (let c = 0; c < scc.count; c++) if (members.offsets[c + 1] - members.offsets[c] >= 2) big[c] = 1;
  return transitiveReduction(reachThrough(condense(graph, scc), big));
}

const defaultFiles = (id: string): SccFiles => ({ svg: `${fileStemOf(id)}.svg`, dot: `${fileStemOf(id)}.dot` });

// SCC-to-SCC links come from reachThrough over the condensation with the big SCCs kept, O((n + m) log n + links).
// Names in the model are well-formed (lone surrogates as U+FFFD) so the page can percent-encode every one of them.
export function buildViewerModel(input: ViewerModelInput): ViewerModel {
  const { names, scc } = input;
  const members = componentMembers(scc);
  const size = (c: number): number => members.offsets[c + 1] - members.offsets[c];
  const big = new Uint8Array(scc.count);
  const bigComponents: number[] = [];
  for (let c = 0; c < scc.count; c++) if (size(c) >= 2) (big[c] = 1), bigComponents.push(c);
  const first = (c: number): number => members.members[members.offsets[c]];
  bigComponents.sort((a, b) => first(a) - first(b));

  const through = input.links ?? bigSccLinks(input.graph, scc);
  const importedBy: number[][] = new Array(scc.count);
  for (const c of bigComponents) importedBy[c] = [];
  for (const c of bigComponents) {
    for (let e = through.offsets[c]; e < through.offsets[c + 1]; e++) importedBy[through.targets[e]].push(c);
  }
  const name = (v: number): string => wellFormed(names[v]);
  const ids = (cs: Iterable<number>): string[] => [...cs].sort((a, b) => first(a) - first(b)).map((c) => name(first(c)));
  const files = input.sccFiles ?? defaultFiles;

  const sccs: ViewerScc[] = bigComponents.map((c) => {
    const own = files(names[first(c)]);
    const scc: ViewerScc = {
      id: name(first(c)),
      members: Array.from(members.members.subarray(members.offsets[c], members.offsets[c + 1]), name),
      svg: own.svg,
      dot: own.dot,
      imports: ids(through.targets.subarray(through.offsets[c], through.offsets[c + 1])),
      importedBy: ids(importedBy[c]),
    };
    if (own.note !== undefined) scc.note = own.note;
    return scc;
  });
  const modules = names.map((_, v) => {
    const c = scc.componentOf[v];
    return { name: name(v), scc: big[c] ? name(first(c)) : null };
  });
  return { title: input.title ?? 'importgraph', overviewSvg: input.overviewSvg === undefined ? 'overview.svg' : input.overviewSvg, sccs, modules };
}
