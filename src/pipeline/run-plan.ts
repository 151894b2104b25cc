// `importgraph plan`: build plans for several orders of the same modules, side by side, to choose one with numbers.
import { buildModuleGraph, type ModuleGraph } from '../graph/module-graph.js';
import type { CompactGraph } from '../graph/compact-graph.js';
import { stronglyConnectedComponents, type StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { buildPlan } from '../order/build-plan.js';
import { inputPathList } from './input-paths.js';
import type { InputProblem } from '../errors.js';
import type { InputFormat } from '../read/input-format.js';
import { readModuleInputs } from '../read/read-inputs.js';
import type { NamedPlan } from '../write/plan-report.js';
import { reducedOrder, type OrderStrategy } from './analyze.js';
import { orderStrategy, type OrderOptions } from './order-choice.js';
import { resolveWeights } from './resolve-weights.js';

export interface PlanOptions extends OrderOptions {
  inputs: string[];
  inputFormat?: InputFormat;
  cwd?: string;
  weights?: string;
  maxProblems?: number;
  /** Extra orders to compare (e.g. a trans-opt-deps spec), by name. */
  extraOrders?: { name: string; strategy: OrderStrategy }[];
}

export interface PlanResult {
  moduleGraph: ModuleGraph;
  components: StronglyConnectedComponents;
  /** Module costs the plans used (1 each without weights). */
  cost: Float64Array;
  /** Each plan's reduced order (parallel to plans), for simulating a build again, e.g. for a timeline. */
  orders: CompactGraph[];
  plans: NamedPlan[];
  /** `.m` inputs: terms that could not be read and were skipped, each located. */
  sourceWarnings: InputProblem[];
}

// Mercury's default always, then any extra orders, then auto: the comparison a user choosing an order wants.
export async function runPlan(options: PlanOptions): Promise<PlanResult> {
  const cwd = options.cwd ?? process.cwd();
  // A listed file that is missing or a directory is reported (as expansion would) when the reader fails to open it: no stat per file first.
  const { paths, check } = await inputPathList(options.inputs, cwd);
  // `.m` sources, `.import_info` files or graphs, as for scc.
  const { modules, warnings } = await readModuleInputs(paths, { maxProblems: options.maxProblems, format: options.inputFormat, checkInputs: check });
  const moduleGraph = buildModuleGraph(modules);
  const components = stronglyConnectedComponents(moduleGraph.graph);
  const weigh = await resolveWeights(options.weights, modules, cwd, options.maxProblems);
  const weight = weigh?.(moduleGraph.names);
  const cost = weight ?? new Float64Array(moduleGraph.names.length).fill(1);
  const orders: { name: string; strategy: OrderStrategy }[] = [
    { name: 'default', strategy: orderStrategy({ order: 'name' }) },
    ...(options.extraOrders ?? []),
    { name: 'auto', strategy: orderStrategy({ ...options, order: 'auto' }) },
  ];
  const reduced = orders.map(({ strategy }) => reducedOrder(moduleGraph, components, strategy, weight));
  const plans = orders.map(({ name }, i) => ({ name, plan: buildPlan(reduced[i], moduleGraph.graph, cost, moduleGraph.names) }));
  return { moduleGraph, components, cost, orders: reduced, plans, sourceWarnings: warnings };
}
