// Writes mmc's own `# RULE trans_opt_deps` blocks with full lists: what `mmc --make-trans-opt` re-reads from a module's .d file to know which .trans_opt files it may read.
import { ImportGraphError } from '../errors.js';
import type { CompactGraph } from '../graph/compact-graph.js';
import { forEachReachBatch, sweepOrder } from '../graph/batched-reach.js';
import { layoutPrefixes, makeRule, type MakeLayout } from './make-rules.js';

/**
 * One block per module in name order: `# RULE trans_opt_deps`, then
 * `M.trans_opt_date : \` and every module M may read (the order's closure, not
 * reduced: the compiler reads exactly the listed files), in name order.
 * Cost: the closure is found 32 modules at a time (graph/batched-reach.ts), in
 * O(n) memory; the text grows with the closure, so it is refused as soon as it
 * would pass MAX_RULES_TEXT.
 */
export function transOptDepsRules(names: readonly string[], order: CompactGraph, layout: MakeLayout = { useSubdirs: false }): string {
  const { dates, opts } = layoutPrefixes(layout);
  const blocks: string[] = [];
  let length = 0;
  const inNameOrder = Int32Array.from({ length: order.nodeCount }, (_, v) => v);
  forEachReachBatch(sweepOrder(order), inNameOrder, (batch, reach, reached, count) => {
    batch.forEach((m, bit) => {
      const sources = closureOf(reach, reached, count, bit);
      for (const s of sources) length += names[s].length + opts.length + dates.length + 16;
      if (length > MAX_RULES_TEXT) refuse();
      blocks.push('# RULE trans_opt_deps\n' + makeRule(`${dates}${names[m]}.trans_opt_date`, Array.from(sources, (s) => `${opts}${names[s]}.trans_opt`)));
    });
  });
  return blocks.join('\n');
}

// The nodes reached with the given bit, ascending (= name order).
function closureOf(reach: Int32Array, reached: Int32Array, count: number, bit: number): Int32Array {
  let size = 0;
  for (let i = 0; i < count; i++) if ((reach[reached[i]] >>> bit) & 1) size++;
  const out = new Int32Array(size);
  size = 0;
  for (let i = 0; i < count; i++) if ((reach[reached[i]] >>> bit) & 1) out[size++] = reached[i];
  return out.sort();
}

/** Characters of text the rule blocks may hold: a quarter of what a JavaScript string can, far more than a build mmc can list. */
export const MAX_RULES_TEXT = 128 * 1024 * 1024;

// mmc lists every module's whole closure, so the text grows with the square of the modules: say so, with the size, rather than crash building it.
function refuse(): never {
  throw new ImportGraphError(
    'E_OUTPUT',
    `--main: the \`# RULE trans_opt_deps\` blocks would be over ${MAX_RULES_TEXT / 1024 / 1024} MiB of text (mmc lists every module's whole closure, which grows with the square of the modules); build a program this large with importgraph.dep, or without --main`,
  );
}
