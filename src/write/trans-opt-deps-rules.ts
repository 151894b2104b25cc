// Writes mmc's own `# RULE trans_opt_deps` blocks with full lists: what `mmc --make-trans-opt` re-reads from a module's .d file to know which .trans_opt files it may read.
import type { CompactGraph } from '../graph/compact-graph.js';
import { layoutPrefixes, makeRule, type MakeLayout } from './make-rules.js';

/**
 * One block per module in name order: `# RULE trans_opt_deps`, then
 * `M.trans_opt_date : \` and every module M may read (the order's closure, not
 * reduced: the compiler reads exactly the listed files), in name order.
 * Cost: one search per module, O(n · reach) — the size of the lists themselves.
 */
export function transOptDepsRules(names: readonly string[], order: CompactGraph, layout: MakeLayout = { useSubdirs: false }): string {
  const { dates, opts } = layoutPrefixes(layout);
  const n = order.nodeCount;
  const stamp = new Int32Array(n).fill(-1);
  const blocks: string[] = [];
  for (let m = 0; m < n; m++) {
    const reached: number[] = [];
    const stack = [m];
    stamp[m] = m;
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) {
        const s = order.targets[e];
        if (stamp[s] !== m) (stamp[s] = m), reached.push(s), stack.push(s);
      }
    }
    reached.sort((a, b) => a - b);
    blocks.push('# RULE trans_opt_deps\n' + makeRule(`${dates}${names[m]}.trans_opt_date`, reached.map((s) => `${opts}${names[s]}.trans_opt`)));
  }
  return blocks.join('\n');
}
