// The pure middle of `importgraph scc`: from decoded modules to the module graph, its SCCs and the reduced build order.
import type { CompactGraph } from '../graph/compact-graph.js';
import { componentMembers, type ComponentMembers } from '../graph/condense.js';
import { longestPath, type LongestPath } from '../graph/longest-path.js';
import { buildModuleGraph, type ModuleGraph } from '../graph/module-graph.js';
import { stronglyConnectedComponents, type StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { topologicalOrder } from '../graph/topological-order.js';
import { transitiveReduction } from '../graph/transitive-reduction.js';
import type { ModuleImports } from '../model.js';
import { nameOrderEdges } from '../order/name-order.js';

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
}

// Graph, SCCs, order and critical path, each computed once; stage names match the benchmark's phases.
export function analyzeImports(modules: readonly ModuleImports[]): SccAnalysis {
  const moduleGraph = buildModuleGraph(modules);
  const components = stronglyConnectedComponents(moduleGraph.graph);
  const order = transitiveReduction(nameOrderEdges(moduleGraph.graph, components.componentOf));
  return analysisOf(moduleGraph, components, order);
}

/** Derived facts of an order: line order, make priority, critical path. */
export function analysisOf(
  moduleGraph: ModuleGraph,
  components: StronglyConnectedComponents,
  order: CompactGraph,
): SccAnalysis {
  const topDown = topologicalOrder(order);
  const criticalPath = longestPath(order);
  return {
    moduleGraph,
    components,
    members: componentMembers(components),
    order,
    topDown,
    priority: priorityOrder(order, topDown),
    criticalPath,
  };
}

// Longest remaining path: the most builds, this one included, that must run one after another once a module starts; make should start those first.
function priorityOrder(order: CompactGraph, topDown: Int32Array): Int32Array {
  const n = order.nodeCount;
  const height = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = topDown[i];
    height[v] += 1;
    for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) {
      const s = order.targets[e];
      if (height[s] < height[v]) height[s] = height[v];
    }
  }
  const ids = Array.from({ length: n }, (_, v) => v);
  ids.sort((a, b) => height[b] - height[a] || a - b);
  return Int32Array.from(ids);
}

/** The file each module was read from, parallel to `moduleGraph.names`. */
export function inputFiles(moduleGraph: ModuleGraph, modules: readonly ModuleImports[]): string[] {
  const fileOf = new Map(modules.map((m) => [m.module, m.file]));
  return moduleGraph.names.map((name) => fileOf.get(name) ?? '');
}
