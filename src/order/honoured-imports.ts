// Which imports an order honours (the imported module is reachable from the importer in the order), one flag per import: for importgraph.json, the viewer and build plans.
import type { CompactGraph } from '../graph/compact-graph.js';
import { reachesEach } from '../graph/reach-queries.js';
import { rememberComponentRows } from '../graph/kept-links.js';
import { reductionAnswering, transitiveReduction } from '../graph/transitive-reduction.js';

// Flags found while an order was reduced (honouringReduction), by the reduced order: asked again, they are not searched again.
const answered = new WeakMap<CompactGraph, { graph: CompactGraph; honoured: Uint8Array }>();

/**
 * Parallel to `graph.targets`: 1 when the order lets the importer read the imported module's `.trans_opt`
 * (the imported module is reachable from the importer in the order), else 0. Exact for any order, a spec's
 * included: every import asked of the order in one sweep (graph/reach-queries.ts), near-linear on the orders
 * of import graphs; an order made by honouringReduction for this graph already has its flags. Read only: callers share it.
 */
export function honouredImports(order: CompactGraph, graph: CompactGraph): Uint8Array {
  const known = answered.get(order);
  if (known !== undefined && known.graph === graph) return known.honoured;
  return reachesEach(order, graph);
}

// Unreduced orders that keep every import of `graph` between its SCCs `componentOf` (rememberKeepsCrossImports).
const keepingCrossImports = new WeakMap<CompactGraph, { graph: CompactGraph; componentOf: Int32Array }>();

/**
 * The transitive reduction of an order (an unreduced DAG), with the imports of `graph` it honours kept for
 * honouredImports: found by the same sweep, or carried over when they were known of the order (rememberHonoured).
 */
export function honouringReduction(order: CompactGraph, graph: CompactGraph): CompactGraph {
  const known = answered.get(order);
  const carried = known !== undefined && known.graph === graph ? known : undefined;
  const reduced = carried !== undefined ? transitiveReduction(order) : reducedAnswering(order, graph);
  if (carried !== undefined) answered.set(reduced, carried);
  const crossing = keepingCrossImports.get(order);
  // Its edges between SCCs are imports, and it reaches among SCCs as the graph: the kept links may read its rows.
  if (crossing !== undefined && crossing.graph === graph) rememberComponentRows(graph, crossing.componentOf, reduced);
  return reduced;
}

function reducedAnswering(order: CompactGraph, graph: CompactGraph): CompactGraph {
  const { reduced, answers } = reductionAnswering(order, graph);
  if (answers !== undefined) answered.set(reduced, { graph, honoured: answers });
  return reduced;
}

/** Records that `order` (a subgraph of `graph`) keeps every import of `graph` between its SCCs `componentOf`, as the automatic order does: for honouringReduction. */
export function rememberKeepsCrossImports(order: CompactGraph, graph: CompactGraph, componentOf: Int32Array): void {
  keepingCrossImports.set(order, { graph, componentOf });
}

/** Keeps `honoured` as the flags of `order` for `graph` (known without a search, e.g. for Mercury's name order), for honouredImports. */
export function rememberHonoured(order: CompactGraph, graph: CompactGraph, honoured: Uint8Array): void {
  answered.set(order, { graph, honoured });
}
