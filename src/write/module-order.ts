// Writes `MAIN.module_order` and `MAIN.module_order_for_trans_opt` exactly as mmc's --also-output-module-order does, for tools that read them.
//
// Format (compiler/opt_deps_spec.m): SCCs top-down, each SCC's members sorted,
// one module name a line (each line ended by a newline), and one blank line
// between SCCs (none after the last).
import type { CompactGraph } from '../graph/compact-graph.js';
import { mercurySccOrder } from '../graph/mercury-sccs.js';

/** The text of a module order file for SCCs given top-down as node ids (members ascending = Mercury's name order). */
export function moduleOrderText(sccs: readonly ArrayLike<number>[], names: readonly string[]): string {
  return sccs.map((scc) => Array.from(scc, (v) => `${names[v]}\n`).join('')).join('\n');
}

/** `MAIN.module_order`: the SCCs of the import graph in mmc's order. */
export function moduleOrderFile(imports: CompactGraph, names: readonly string[]): string {
  return moduleOrderText(mercurySccOrder(imports, names), names);
}

/** `MAIN.module_order_for_trans_opt`: the SCCs of the trans-opt graph (the import graph after any spec's removals) in mmc's order. */
export function moduleOrderForTransOptFile(transOptGraph: CompactGraph, names: readonly string[]): string {
  return moduleOrderText(mercurySccOrder(transOptGraph, names), names);
}
