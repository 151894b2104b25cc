// Gathers what importgraph.json holds from an analysis (levels, priority ranks, honoured imports, SCC indices), for the writer.
import type { SccCuts } from '../graph/cut-candidates.js';
import type { AutoOrder } from '../order/auto-order.js';
import { explainGivenUp } from '../order/cycle-explanation.js';
import { buildLevels } from '../order/order-levels.js';
import { remainingWork } from '../order/make-priority.js';
import { analysisJsonParts } from '../write/analysis-json.js';
import { joinedText, streamedParts, type TextChunks } from '../write/output-content.js';
import type { ImportedFrom, ModuleImports } from '../model.js';
import { compareModuleNames } from '../order/mercury-name-order.js';
import { StoredModuleImports } from '../read/import-store.js';
import { inputFiles, type SccAnalysis } from './analyze.js';
import { honouredImports } from '../order/honoured-imports.js';
import { multiModuleSccs } from './scc-outputs.js';

/** Each module's imports from outside the build, one per imported module (its first entry), in Mercury's name order: made when asked, a module at a time. */
function externalImports(names: readonly string[], externalModules: readonly string[], modules: readonly ModuleImports[]): (v: number) => ImportedFrom[] {
  if (externalModules.length === 0) return () => [];
  const readAt = readIndexes(names, modules);
  const outside = new Set(externalModules);
  return (v) => {
    if (readAt[v] < 0) return [];
    const list: ImportedFrom[] = [];
    const seen = new Set<string>();
    const m = modules[readAt[v]];
    if (m instanceof StoredModuleImports) {
      // Stored entries are looked at by name: only the outside ones are made into objects.
      for (let i = m.from; i < m.to; i++) {
        const name = m.store.module(i);
        if (outside.has(name) && !seen.has(name)) seen.add(name), list.push(m.store.entry(i));
      }
    } else for (const entry of m.imports) if (outside.has(entry.module) && !seen.has(entry.module)) seen.add(entry.module), list.push(entry);
    return list.sort((a, b) => compareModuleNames(a.module, b.module));
  };
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

/** importgraph.json as text made while it is written; what it needs is gathered now, each import's entities as it is written. */
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
  const input = {
    names,
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
      entries: edgeEntities,
      // An order from a spec may drop imports between SCCs; the analysis does not say, so the general search decides.
      honoured: options.honoured ?? honouredImports(analysis.order, analysis.moduleGraph.graph),
      external: externalImports(names, moduleGraph.externalModules, modules),
    },
    sccs: sccs.map((s) => ({ modules: s.members, dot: `${s.stem}.dot` })),
    order,
    topDown,
    criticalPath,
    givenUp,
    cuts,
  };
  return streamedParts(() => analysisJsonParts(input));
}
