// The pure middle of `importgraph scc`: from decoded modules to the module graph, its SCCs and the reduced build order.
import type { CompactGraph } from '../graph/compact-graph.js';
import { componentMembers, type ComponentMembers } from '../graph/condense.js';
import { longestPath, type LongestPath } from '../graph/longest-path.js';
import { buildModuleGraph, type ModuleGraph } from '../graph/module-graph.js';
import { stronglyConnectedComponents, type StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { topologicalOrder } from '../graph/topological-order.js';
import type { ModuleImports } from '../model.js';
import { honouringReduction } from '../order/honoured-imports.js';
import { nameOrderEdges, reducedNameOrder } from '../order/name-order.js';
import { priorityOrder, remainingWork } from '../order/make-priority.js';

/** Everything the writers need, as plain data. */
export interface SccAnalysis {
  readonly moduleGraph: ModuleGraph;
  readonly components: StronglyConnectedComponents;
  readonly members: ComponentMembers;
  /** Build order, transitively reduced: M -> S means M's .trans_opt is made after S's and may read it. */
  readonly order: CompactGraph;
  /** Modules top-down (a target before its sources): the line order of the order file and the rules. */
  readonly topDown: Int32Array;
  /** Modules by build priority, longest remaining path first: make starts them in this order. */
  readonly priority: Int32Array;
  readonly criticalPath: LongestPath;
  /** Module costs when weights were given. */
  readonly weight?: Float64Array;
}

/** Chooses the build order: an acyclic graph on the module graph's ids (M -> S: M after S), reduced afterwards. */
export type OrderStrategy = (
  moduleGraph: ModuleGraph,
  components: StronglyConnectedComponents,
  weight: Float64Array | undefined,
) => CompactGraph;

/** Mercury's default: each SCC one chain in name order, as mmc orders it. */
export const mercuryNameOrder: OrderStrategy = (moduleGraph, components) =>
  nameOrderEdges(moduleGraph.graph, components.componentOf);

export interface AnalyzeOptions {
  order?: OrderStrategy;
  /** Cost of each module by name; unit when absent. Decides the critical path's cost and make's priority. */
  weights?: (names: readonly string[]) => Float64Array;
}

// Graph, SCCs, order and critical path, each computed once; stage names match the benchmark's phases.
export function analyzeImports(modules: readonly ModuleImports[], options: AnalyzeOptions = {}): SccAnalysis {
  const moduleGraph = buildModuleGraph(modules);
  const components = stronglyConnectedComponents(moduleGraph.graph);
  const weight = options.weights?.(moduleGraph.names);
  const order = reducedOrder(moduleGraph, components, options.order ?? mercuryNameOrder, weight);
  return analysisOf(moduleGraph, components, order, weight);
}

/** An order strategy's result, transitively reduced: what the order file, the rules and the plans use. */
export function reducedOrder(
  moduleGraph: ModuleGraph,
  components: StronglyConnectedComponents,
  strategy: OrderStrategy,
  weight: Float64Array | undefined,
): CompactGraph {
  // Mercury's default honours what its SCCs say, and reaches as the name order by construction: nothing to search for.
  if (strategy === mercuryNameOrder) return reducedNameOrder(moduleGraph.graph, components.componentOf);
  // The sweep that reduces the order also finds which imports it honours (importgraph.json, the viewer, plans ask).
  return honouringReduction(strategy(moduleGraph, components, weight), moduleGraph.graph);
}

/** Derived facts of an order: line order, make priority, critical path. */
export function analysisOf(
  moduleGraph: ModuleGraph,
  components: StronglyConnectedComponents,
  order: CompactGraph,
  weight?: Float64Array,
): SccAnalysis {
  const topDown = topologicalOrder(order);
  return {
    moduleGraph,
    components,
    members: componentMembers(components),
    order,
    topDown,
    weight,
    priority: priorityOrder(remainingWork(order, weight, topDown)),
    criticalPath: longestPath(order, weight, topDown),
  };
}

/** The file each module was read from, parallel to `moduleGraph.names`. */
export function inputFiles(moduleGraph: ModuleGraph, modules: readonly ModuleImports[]): string[] {
  const { names } = moduleGraph;
  // The readers return modules in name order, as the graph numbers them: then no map of every name is needed.
  let parallel = modules.length === names.length;
  for (let i = 0; i < names.length && parallel; i++) parallel = modules[i].module === names[i];
  if (parallel) return modules.map((m) => m.file);
  const fileOf = new Map(modules.map((m) => [m.module, m.file]));
  return names.map((name) => fileOf.get(name) ?? '');
}
