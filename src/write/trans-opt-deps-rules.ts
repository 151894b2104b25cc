// Writes mmc's own `# RULE trans_opt_deps` blocks with full lists: what `mmc --make-trans-opt` re-reads from a module's .d file to know which .trans_opt files it may read.
import type { CompactGraph } from '../graph/compact-graph.js';
import { reachability, reachableFrom } from '../graph/reachability.js';
import { layoutPrefixes, makeRule, type MakeLayout } from './make-rules.js';

/**
 * One block per module in name order: `# RULE trans_opt_deps`, then
 * `M.trans_opt_date : \` and every module M may read (the order's closure, not
 * reduced: the compiler reads exactly the listed files), in name order.
 * Cost: the closure as bitsets (graph/reachability.ts), n·n/8 bytes.
 */
export function transOptDepsRules(names: readonly string[], order: CompactGraph, layout: MakeLayout = { useSubdirs: false }): string {
  const { dates, opts } = layoutPrefixes(layout);
  const reach = reachability(order);
  const blocks: string[] = [];
  for (let m = 0; m < order.nodeCount; m++) {
    const sources = reachableFrom(reach, m).map((s) => `${opts}${names[s]}.trans_opt`);
    blocks.push('# RULE trans_opt_deps\n' + makeRule(`${dates}${names[m]}.trans_opt_date`, sources));
  }
  return blocks.join('\n');
}
