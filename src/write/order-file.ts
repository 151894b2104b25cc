// Writes the `.trans_opt_order` file: one line per module, the target, then the modules whose .trans_opt it reads directly.
import type { CompactGraph } from '../graph/compact-graph.js';
import { joinedText } from './output-content.js';

/**
 * `target source1 source2 ...`, one line per module, in `lineOrder`
 * (top-down: a target comes before its sources); sources in name order.
 */
export function orderFile(names: readonly string[], order: CompactGraph, lineOrder: ArrayLike<number>): string {
  return joinedText(orderFileLines(names, order, lineOrder));
}

/** orderFile's text a line at a time (no module: one empty line, as always). */
export function* orderFileLines(names: readonly string[], order: CompactGraph, lineOrder: ArrayLike<number>): Generator<string> {
  if (lineOrder.length === 0) yield '\n';
  for (let i = 0; i < lineOrder.length; i++) {
    const v = lineOrder[i];
    let line = names[v];
    for (let k = order.offsets[v], end = order.offsets[v + 1]; k < end; k++) line += ` ${names[order.targets[k]]}`;
    yield `${line}\n`;
  }
}
