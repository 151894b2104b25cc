// `importgraph scc` as one function: expand inputs, read, analyze, plan outputs, write; the CLI and library both call it.
import { join, resolve } from 'node:path';
import { importOf } from '../graph/module-graph.js';
import { explainGivenUp } from '../order/cycle-explanation.js';
import type { AutoOrder } from '../order/auto-order.js';
import { expandInputs } from '../read/input-files.js';
import { readImportInfos } from '../read/read-import-infos.js';
import { entityLabel } from '../write/entity-label.js';
import { givenUpReport } from '../write/given-up-report.js';
import { writeOutputs, type OutputFile } from '../write/write-if-changed.js';
import type { MakeLayout } from '../write/make-rules.js';
import { analyzeImports, inputFiles, type SccAnalysis } from './analyze.js';
import { orderStrategy, type OrderOptions } from './order-choice.js';
import { resolveWeights } from './resolve-weights.js';
import { OUTPUT_STEM, sccOutputs } from './scc-outputs.js';
import { summarize, type SccSummary } from './summary.js';

export interface SccOptions extends OrderOptions {
  /** Files, quoted globs and `@listfile`s, as on the command line. */
  inputs: string[];
  outDir: string;
  cwd?: string;
  layout?: MakeLayout;
  /** Input problems reported before giving up; default 50. */
  maxProblems?: number;
  /** `unit` (default), `size`, or a weights/timings file. */
  weights?: string;
}

export interface SccResult {
  analysis: SccAnalysis;
  summary: SccSummary;
  /** With `order: 'auto'`: what the automatic order kept and gave up. */
  auto?: AutoOrder;
}

// Nothing is written unless every input was read cleanly: input errors throw before the first write.
export async function runScc(options: SccOptions): Promise<SccResult> {
  const cwd = options.cwd ?? process.cwd();
  const outDir = resolve(cwd, options.outDir);
  const files = await expandInputs(options.inputs, { cwd });
  // Paths stay as the user wrote them (for messages) unless they are relative to another directory than ours.
  const paths = cwd === process.cwd() ? files : files.map((f) => resolve(cwd, f));
  const { modules } = await readImportInfos(paths, { maxProblems: options.maxProblems });
  let auto: AutoOrder | undefined;
  const analysis = analyzeImports(modules, {
    order: orderStrategy(options, (result) => (auto = result)),
    weights: await resolveWeights(options.weights, modules, cwd),
  });
  const outputs: OutputFile[] = sccOutputs(analysis, { outDir, files: inputFiles(analysis.moduleGraph, modules), layout: options.layout });
  if (auto !== undefined) outputs.push({ path: join(outDir, `${OUTPUT_STEM}.given_up`), content: givenUpText(analysis, auto) });
  const writes = await writeOutputs(outputs);
  return { analysis, summary: summarize(analysis, writes), auto };
}

function givenUpText(analysis: SccAnalysis, auto: AutoOrder): string {
  const { moduleGraph } = analysis;
  const idOf = new Map(moduleGraph.names.map((name, v) => [name, v]));
  return givenUpReport(explainGivenUp(auto, moduleGraph.names), (importer, imported) => {
    const entry = importOf(moduleGraph, idOf.get(importer)!, idOf.get(imported)!);
    return entry === undefined ? '' : entityLabel(entry.entities);
  });
}
