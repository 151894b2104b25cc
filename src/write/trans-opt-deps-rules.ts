// Writes mmc's own `# RULE trans_opt_deps` blocks with full lists: what `mmc --make-trans-opt` re-reads from a module's .d file to know which .trans_opt files it may read.
import { ImportGraphError } from '../errors.js';
import type { CompactGraph } from '../graph/compact-graph.js';
import { reachability, reachableFrom, type Reachability } from '../graph/reachability.js';
import { layoutPrefixes, makeRule, type MakeLayout } from './make-rules.js';

/**
 * One block per module in name order: `# RULE trans_opt_deps`, then
 * `M.trans_opt_date : \` and every module M may read (the order's closure, not
 * reduced: the compiler reads exactly the listed files), in name order.
 * Cost: the closure as bitsets (graph/reachability.ts), n·n/8 bytes; the text
 * grows with the closure, so past MAX_RULES_TEXT it is refused before it is built.
 */
export function transOptDepsRules(names: readonly string[], order: CompactGraph, layout: MakeLayout = { useSubdirs: false }): string {
  const { dates, opts } = layoutPrefixes(layout);
  const reach = reachability(order);
  refuseIfTooLarge(names, order, reach, opts.length + dates.length);
  const blocks: string[] = [];
  for (let m = 0; m < order.nodeCount; m++) {
    const sources = reachableFrom(reach, m).map((s) => `${opts}${names[s]}.trans_opt`);
    blocks.push('# RULE trans_opt_deps\n' + makeRule(`${dates}${names[m]}.trans_opt_date`, sources));
  }
  return blocks.join('\n');
}

/** Characters of text the rule blocks may hold: a quarter of what a JavaScript string can, far more than a build mmc can list. */
export const MAX_RULES_TEXT = 128 * 1024 * 1024;

// mmc lists every module's whole closure, so the text grows with the square of the modules: say so, with the size, rather than crash building it.
function refuseIfTooLarge(names: readonly string[], order: CompactGraph, reach: Reachability, prefix: number): void {
  let length = 0;
  for (let m = 0; m < order.nodeCount; m++) {
    for (const s of reachableFrom(reach, m)) length += names[s].length + prefix + 16;
    if (length > MAX_RULES_TEXT) {
      throw new ImportGraphError(
        'E_OUTPUT',
        `--main: the \`# RULE trans_opt_deps\` blocks would be over ${MAX_RULES_TEXT / 1024 / 1024} MiB of text (mmc lists every module's whole closure, which grows with the square of the modules); build a program this large with importgraph.dep, or without --main`,
      );
    }
  }
}
