// Writes `importgraph.cuts`: per SCC, the sets of imports whose removal splits it, as text to read in a terminal and diff between runs.
import type { CutCandidate, SccCuts } from '../graph/cut-candidates.js';

/** SCC sizes as `66 + 17 + 2 × 1`: the pieces of two or more modules, then how many modules are left alone. */
export function sizesText(sizes: readonly number[]): string {
  const big = sizes.filter((s) => s > 1);
  const alone = sizes.length - big.length;
  const parts = big.map(String);
  if (alone === 1) parts.push('1');
  else if (alone > 1) parts.push(`${alone} × 1`);
  return parts.join(' + ');
}

/**
 * One block per SCC of two or more modules, biggest first:
 * `# SCC first (k modules, m imports): a feedback set of N imports (weight W) breaks every cycle`,
 * then per candidate `cut i: N imports, weight W: leaves 66 + 17 + 2 × 1` and its imports,
 * `\timporter -> imported\tweight w\tentities`.
 */
export function cutsReport(sccs: readonly SccCuts[], names: readonly string[], entitiesOf: (edge: number) => string): string {
  const blocks = sccs.map((scc) => {
    const header =
      `# SCC ${names[scc.members[0]]} (${scc.members.length} modules, ${scc.internalImports} imports): ` +
      `a feedback set of ${plural(scc.arcSet.count, 'import')} (weight ${scc.arcSet.weight}) breaks every cycle\n`;
    return header + scc.candidates.map((c, i) => candidateText(c, i + 1, names, entitiesOf)).join('');
  });
  return (
    '# Where to cut each SCC: sets of imports whose removal (moving the entities that cross them) splits it,\n' +
    '# the fewest entities per module split off first. Weight: the entities crossing an import (1 when none are listed).\n' +
    blocks.join('\n')
  );
}

function candidateText(c: CutCandidate, rank: number, names: readonly string[], entitiesOf: (edge: number) => string): string {
  const lines = c.imports.map((i) => `\t${names[i.importer]} -> ${names[i.imported]}\tweight ${i.weight}\t${entitiesOf(i.edge) || '(no entities listed)'}\n`);
  return `cut ${rank}: ${plural(c.imports.length, 'import')}, weight ${c.weight}: leaves ${sizesText(c.sizesAfter)}\n${lines.join('')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
