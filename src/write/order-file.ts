// Writes the `.trans_opt_order` file: one line per module, the target, then the modules whose .trans_opt it reads directly.
import { successors, type CompactGraph } from '../graph/compact-graph.js';

/**
 * `target source1 source2 ...`, one line per module, in `lineOrder`
 * (top-down: a target comes before its sources); sources in name order.
 */
export function orderFile(names: readonly string[], order: CompactGraph, lineOrder: ArrayLike<number>): string {
  const lines: string[] = [];
  for (let i = 0; i < lineOrder.length; i++) {
    const v = lineOrder[i];
    const sources = Array.from(successors(order, v), (s) => names[s]);
    lines.push(sources.length === 0 ? names[v] : `${names[v]} ${sources.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}
