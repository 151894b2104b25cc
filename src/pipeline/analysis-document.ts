// Gathers what importgraph.json holds from an analysis (levels, priority ranks, honoured imports, SCC indices), for the writer.
import type { SccCuts } from '../graph/cut-candidates.js';
import { reachesEach } from '../graph/reach-queries.js';
import type { AutoOrder } from '../order/auto-order.js';
import { explainGivenUp } from '../order/cycle-explanation.js';
import { buildLevels } from '../order/order-levels.js';
import { remainingWork } from '../order/make-priority.js';
import { analysisJson } from '../write/analysis-json.js';
import type { ImportedFrom, ModuleImports } from '../model.js';
import { compareModuleNames } from '../order/mercury-name-order.js';
import { inputFiles, type SccAnalysis } from './analyze.js';
import { multiModuleSccs } from './scc-outputs.js';

/** Each module's imports from outside the build, one per imported module (its first entry), in Mercury's name order. */
function externalImports(names: readonly string[], externalModules: readonly string[], modules: readonly ModuleImports[]): ImportedFrom[][] {
  const idOf = new Map(names.map((name, v) => [name, v]));
  const outside = new Set(externalModules);
  const result: ImportedFrom[][] = names.map(() => []);
  for (const m of modules) {
    const list = result[idOf.get(m.module)!];
    const seen = new Set<string>();
    for (const entry of m.imports) if (outside.has(entry.module) && !seen.has(entry.module)) seen.add(entry.module), list.push(entry);
    list.sort((a, b) => compareModuleNames(a.module, b.module));
  }
  return result;
}

/** The text of importgraph.json. `modules`: what was read; `auto`: what --order auto gave up; `cuts`: sccCuts(analysis). */
export function analysisDocument(analysis: SccAnalysis, modules: readonly ModuleImports[], cuts: readonly SccCuts[], auto?: AutoOrder): string {
  const { moduleGraph, order, topDown, priority, criticalPath } = analysis;
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
  return analysisJson({
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
      entities: edgeEntities.map((entry) => entry.entities),
      lines: edgeEntities.map((entry) => entry.line),
      honoured: reachesEach(order, graph), // honouredImports' flags, in one sweep
      external: externalImports(names, moduleGraph.externalModules, modules),
    },
    sccs: sccs.map((s) => ({ modules: s.members, dot: `${s.stem}.dot` })),
    order,
    topDown,
    criticalPath,
    givenUp,
    cuts,
  });
}
