// Gathers what importgraph.json holds from an analysis (levels, priority ranks, honoured imports, SCC indices), for the writer.
import type { SccCuts } from '../graph/cut-candidates.js';
import type { AutoOrder } from '../order/auto-order.js';
import { explainGivenUp } from '../order/cycle-explanation.js';
import { buildLevels } from '../order/order-levels.js';
import { remainingWork } from '../order/make-priority.js';
import { edgeEntriesOf, entriesOf } from '../graph/edge-entries.js';
import { edgeRefs, type AnalysisJsonData } from '../write/analysis-json.js';
import { ImportEntryDataBuilder } from '../write/import-entry-texts.js';
import { joinedText, type TextChunks } from '../write/output-content.js';
import { threadableText } from '../write/text-writers.js';
import type { ModuleImports } from '../model.js';
import { compareModuleNames } from '../order/mercury-name-order.js';
import { StoredModuleImports } from '../read/import-store.js';
import { inputFiles, type SccAnalysis } from './analyze.js';
import { honouredImports } from '../order/honoured-imports.js';
import { multiModuleSccs } from './scc-outputs.js';

/** Each module's imports from outside the build, one per imported module (its first entry), in Mercury's name order, as refs of `builder`'s. */
function externalImports(names: readonly string[], externalModules: readonly string[], modules: readonly ModuleImports[], builder: ImportEntryDataBuilder): AnalysisJsonData['imports']['external'] {
  const offsets = new Int32Array(names.length + 1);
  const listed: { module: string; ref: number }[] = [];
  const outside = new Set(externalModules);
  if (outside.size === 0) return { offsets, modules: [], refs: new Int32Array(0) };
  const readAt = readIndexes(names, modules);
  for (let v = 0; v < names.length; v++) {
    const first = listed.length;
    if (readAt[v] >= 0) {
      const seen = new Set<string>();
      const m = modules[readAt[v]];
      if (m instanceof StoredModuleImports) {
        // Stored entries are looked at by name: only the outside ones are made into refs.
        for (let i = m.from; i < m.to; i++) {
          const name = m.store.module(i);
          if (!outside.has(name) || seen.has(name)) continue;
          seen.add(name);
          listed.push({ module: name, ref: m.store === builder.store ? builder.storeRef(i) : builder.otherRef(m.store.entry(i)) });
        }
      } else for (const entry of m.imports) if (outside.has(entry.module) && !seen.has(entry.module)) seen.add(entry.module), listed.push({ module: entry.module, ref: builder.otherRef(entry) });
      sortFrom(listed, first);
    }
    offsets[v + 1] = listed.length;
  }
  return { offsets, modules: listed.map((x) => x.module), refs: Int32Array.from(listed, (x) => x.ref) };
}

// A module's imports from outside, at the end of `listed` from `first`, in Mercury's name order.
function sortFrom(listed: { module: string; ref: number }[], first: number): void {
  const tail = listed.splice(first).sort((a, b) => compareModuleNames(a.module, b.module));
  for (const x of tail) listed.push(x);
}

// Per node, the index in `modules` of the module read for it: the readers return modules in name order, as the graph numbers them, so no map of every name is needed then.
function readIndexes(names: readonly string[], modules: readonly ModuleImports[]): Int32Array {
  const readAt = new Int32Array(names.length).fill(-1);
  let parallel = modules.length === names.length;
  for (let i = 0; i < names.length && parallel; i++) parallel = modules[i].module === names[i];
  if (parallel) return readAt.map((_, i) => i);
  const idOf = new Map(names.map((name, v) => [name, v]));
  modules.forEach((m, i) => (readAt[idOf.get(m.module)!] = i));
  return readAt;
}

/** The text of importgraph.json. `modules`: what was read; `auto`: what --order auto gave up; `cuts`: sccCuts(analysis). */
export function analysisDocument(analysis: SccAnalysis, modules: readonly ModuleImports[], cuts: readonly SccCuts[], auto?: AutoOrder): string {
  return joinedText(analysisDocumentText(analysis, modules, cuts, { auto }).chunks());
}

export interface AnalysisDocumentOptions {
  /** What --order auto gave up. */
  auto?: AutoOrder;
  /** honouredImports(order, import graph), when the caller has it already (the viewer shares it). */
  honoured?: Uint8Array;
}

/** importgraph.json as text made while it is written (in a worker thread when an output transaction writes it: text-writers); what it needs is gathered now as plain data, each import's entities as it is written. */
export function analysisDocumentText(analysis: SccAnalysis, modules: readonly ModuleImports[], cuts: readonly SccCuts[], options: AnalysisDocumentOptions = {}): TextChunks {
  const { moduleGraph, order, topDown, priority, criticalPath } = analysis;
  const { auto } = options;
  const names = moduleGraph.names;
  const files = inputFiles(moduleGraph, modules);
  const sccs = multiModuleSccs(analysis);
  const sccOf = new Int32Array(names.length).fill(-1);
  sccs.forEach((s, i) => s.members.forEach((v) => (sccOf[v] = i)));
  const priorityRank = new Int32Array(names.length);
  priority.forEach((v, rank) => (priorityRank[v] = rank));
  const weight = analysis.weight;
  const { graph, edgeEntities } = moduleGraph;
  const idOf = new Map(sccs.map((s) => [names[s.members[0]], s.members[0]]));
  const firstSccOf = (first: string): number => sccOf[idOf.get(first)!];
  const givenUp = auto === undefined ? undefined : explainGivenUp(auto, names).flatMap((c) => c.givenUp.map((g) => ({ ...g, scc: firstSccOf(c.first) })));
  const builder = new ImportEntryDataBuilder(edgeEntriesOf(edgeEntities)?.parts().store);
  const data: AnalysisJsonData = {
    files,
    cost: weight,
    sccOf,
    level: buildLevels(analysis.order, analysis.topDown),
    priorityRank,
    remaining: remainingWork(order, weight, topDown),
    externalModules: moduleGraph.externalModules,
    imports: {
      offsets: graph.offsets,
      targets: graph.targets,
      entryOf: edgeRefs(entriesOf(edgeEntities), builder),
      // An order from a spec may drop imports between SCCs; the analysis does not say, so the general search decides.
      honoured: options.honoured ?? honouredImports(analysis.order, analysis.moduleGraph.graph),
      external: externalImports(names, moduleGraph.externalModules, modules, builder),
      entries: builder.data(),
    },
    sccs: sccs.map((s) => ({ modules: s.members, dot: `${s.stem}.dot` })),
    // Only the rows and the path: a worker thread is sent a copy of what it needs.
    order: { offsets: order.offsets, targets: order.targets },
    topDown,
    criticalPath: { modules: criticalPath.modules, cost: criticalPath.cost, path: criticalPath.path },
    givenUp,
    cuts,
  };
  return threadableText('analysisDataPieces', names, data);
}
