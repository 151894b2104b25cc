// Turns the user's order options (--order, bounds) into an order strategy for the analysis, keeping what auto gave up for the report.
import { entriesOf } from '../graph/edge-entries.js';
import { autoOrder, type AutoOrder } from '../order/auto-order.js';
import { mercuryNameOrder, type OrderStrategy } from './analyze.js';
import type { ModuleGraph } from '../graph/module-graph.js';

export type OrderName = 'name' | 'auto';

export interface OrderOptions {
  order?: OrderName;
  /** Auto: most modules on any path. */
  maxDepth?: number;
  /** Auto: most cost on any path. */
  maxCriticalPath?: number;
  /** Auto: receives the full result (given-up imports, bounds) and the graph it was computed on, e.g. to prove a bound. */
  onAuto?: (auto: AutoOrder, moduleGraph: ModuleGraph, weight: Float64Array) => void;
}

/** Per import edge, how much it matters to keep: the entities crossing it, at least 1 (lists may be unknown). */
export function importWeights(moduleGraph: ModuleGraph): Float64Array {
  const entries = entriesOf(moduleGraph.edgeEntities);
  const weights = new Float64Array(entries.length);
  for (let e = 0; e < weights.length; e++) weights[e] = Math.max(1, entries.entityCount(e));
  return weights;
}

// `onAuto` receives the automatic order's full result (given-up imports, bounds) for reports.
export function orderStrategy(options: OrderOptions, onAuto?: (auto: AutoOrder) => void): OrderStrategy {
  if ((options.order ?? 'name') === 'name') return mercuryNameOrder;
  return (moduleGraph, components, weight) => {
    const unit = weight ?? new Float64Array(moduleGraph.names.length).fill(1);
    const auto = autoOrder(moduleGraph.graph, unit, {
      maxDepth: options.maxDepth,
      maxCriticalPath: options.maxCriticalPath,
      importWeight: importWeights(moduleGraph),
      components,
    });
    onAuto?.(auto);
    options.onAuto?.(auto, moduleGraph, unit);
    return auto.order;
  };
}
