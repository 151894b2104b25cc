// The files an unmodified mmc reads, as name + content, so run-scc can write them beside importgraph's own (pure).
import type { CompactGraph } from '../graph/compact-graph.js';
import type { ModuleGraph } from '../graph/module-graph.js';
import { encodeOrderAsSpec } from '../order/spec-encoding.js';
import { moduleOrderFile, moduleOrderForTransOptFile } from '../write/module-order.js';
import { transOptDepsSpecText } from '../write/trans-opt-deps-spec-file.js';
import { transOptDepsRules } from '../write/trans-opt-deps-rules.js';
import type { MakeLayout } from '../write/make-rules.js';
import { checkMainName } from '../read/name-policy.js';

export interface MercuryOutputOptions {
  /** `--main NAME`: the files are `NAME.module_order` and `NAME.module_order_for_trans_opt`. */
  main: string;
  /** The import graph after a spec's removals (`specOrder(...).trimmed`); default: the import graph. */
  transOptGraph?: CompactGraph;
  /** The cycles mmc should still order by name (`specOrder(...).components.componentOf`); default: the import graph's SCCs. */
  cycles?: Int32Array;
  /** Names in the `# RULE trans_opt_deps` blocks, as in importgraph.dep. */
  layout?: MakeLayout;
}

/** `MAIN.module_order`, `MAIN.module_order_for_trans_opt`, `importgraph.trans_opt_deps_spec` and `MAIN.trans_opt_deps` (mmc's rule blocks) for the chosen order. */
export function mercuryOutputs(moduleGraph: ModuleGraph, order: CompactGraph, options: MercuryOutputOptions): Array<{ name: string; content: string }> {
  // The library's callers too: `main` names files in the output directory, so it is a module name, never a path.
  checkMainName(options.main);
  const { graph, names } = moduleGraph;
  // The rule blocks first: past their size limit they are refused before the spec encoding's sweeps run.
  const rules = transOptDepsRules(names, order, options.layout);
  return [
    { name: `${options.main}.module_order`, content: moduleOrderFile(graph, names) },
    { name: `${options.main}.module_order_for_trans_opt`, content: moduleOrderForTransOptFile(options.transOptGraph ?? graph, names) },
    { name: 'importgraph.trans_opt_deps_spec', content: transOptDepsSpecText(encodeOrderAsSpec(graph, names, order, options.cycles)) },
    { name: `${options.main}.trans_opt_deps`, content: rules },
  ];
}
