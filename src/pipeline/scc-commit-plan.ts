// Which files in --out-dir are `importgraph scc`'s, and the order its commit moves them in: importgraph.dep, what make reads, last.
import { basename } from 'node:path';
import type { CommitPlan } from '../write/output-transaction.js';

// mmc writes files named like those of --main (MAIN.module_order ...) itself, so only names no other tool uses are removed when stale.
const REMOVABLE = /^(imports_.+\.(dot|svg|js)|viewer_modules_\d+\.js|viewer_timeline\.svg|overview\.(dot|svg)|index\.html|importgraph\.(trans_opt_order|dep|ninja|json|index|given_up|cuts|trans_opt_deps_spec))$/;
const MAIN_FILES = /\.(module_order|module_order_for_trans_opt|trans_opt_deps)$/;

/** Names whose `NAME.PID.N.tmp` the old writer may have left: every kind of file scc writes. */
export function isSccOutputName(name: string): boolean {
  return REMOVABLE.test(name) || MAIN_FILES.test(name);
}

// Pictures and the viewer's data files first, then the viewer that links them, then removals of what nothing links any more, then the text files, the build files (importgraph.ninja, importgraph.dep) last.
function commitRank(name: string): number {
  if (name === 'importgraph.dep') return 5;
  if (name === 'importgraph.ninja') return 4;
  if (name === 'index.html') return 1;
  return /\.(dot|svg|js)$/.test(name) ? 0 : 3;
}

/** The plan for one run, given the DOT files it produced: each keeps its SVG even when this run drew none (--render=none, a time-out). */
export function sccCommitPlan(dotPaths: readonly string[]): CommitPlan {
  const keep = new Set(dotPaths.map((p) => basename(p).replace(/\.dot$/, '.svg')));
  return { isOurs: (name) => REMOVABLE.test(name), keep, rank: commitRank, removalRank: 2 };
}
