// `importgraph scc` as one function: expand inputs, read, analyze, plan outputs, write; the CLI and library both call it.
import { honouredImports } from '../order/honoured-imports.js';
import { join } from 'node:path';
import type { InputProblem } from '../errors.js';
import type { CompactGraph } from '../graph/compact-graph.js';
import { importOf } from '../graph/module-graph.js';
import { explainGivenUp } from '../order/cycle-explanation.js';
import type { AutoOrder } from '../order/auto-order.js';
import { inputPathList, noModules } from './input-paths.js';
import { readModuleInputs } from '../read/read-inputs.js';
import type { InputFormat } from '../read/input-format.js';
import { entityLabel } from '../write/entity-label.js';
import { givenUpReport } from '../write/given-up-report.js';
import type { OutputFile, WriteSummary } from '../write/write-if-changed.js';
import { OutputTransaction } from '../write/output-transaction.js';
import type { MakeLayout } from '../write/make-rules.js';
import { analyzeImports, inputFiles, type SccAnalysis } from './analyze.js';
import { mercuryOutputs } from './mercury-outputs.js';
import { orderStrategy, type OrderOptions } from './order-choice.js';
import { resolveWeights } from './resolve-weights.js';
import { cutsText, sccCuts } from './scc-cuts.js';
import { analysisDocumentText } from './analysis-document.js';
import { OUTPUT_STEM, sccOutputs } from './scc-outputs.js';
import { isSccOutputName, sccCommitPlan } from './scc-commit-plan.js';
import { outputDirectory } from './output-dir.js';
import { readSpecFile, specStrategy, type SpecOutcome } from './spec-choice.js';
import { summarize, type SccSummary } from './summary.js';
import { drawPictures, overviewOutput, PictureQueue, sccLinks, stageAsDrawn, stagePictures, type DrawnPictures, type EarlyPictures, type RenderStepResult } from './render-outputs.js';
import { viewerFiles, type ViewerFiles } from './viewer-outputs.js';
import { selectRenderer } from '../render/select-renderer.js';
import type { RendererChoice, RenderProgress } from '../render/render-types.js';

export interface SccOptions extends OrderOptions {
  /** Files (`.import_info` or `.m`), quoted globs and `@listfile`s, as on the command line. */
  inputs: string[];
  /** Read every input as this format (default: by extension: `.m`, `.json`, `.tsv`, else `.import_info`). */
  inputFormat?: InputFormat;
  outDir: string;
  cwd?: string;
  layout?: MakeLayout;
  /** Input problems reported before giving up; default 50. */
  maxProblems?: number;
  /** `unit` (default), `size`, or a weights/timings file. */
  weights?: string;
  /** mmc's `--trans-opt-deps-spec FILE`: order as mmc would with it (name order only). */
  transOptDepsSpec?: string;
  /** `--main NAME`: also write NAME.module_order, NAME.module_order_for_trans_opt and a spec file mmc reads. */
  main?: string;
  /** SVG pictures and index.html: `auto` (default: native dot, else WebAssembly), `dot`, `wasm`, or `none`. */
  render?: RendererChoice;
  /** Per-graph rendering time limit, ms; past it the .dot is kept without a picture. */
  renderTimeoutMs?: number;
  onRenderProgress?: (progress: RenderProgress) => void;
}

export interface SccResult {
  analysis: SccAnalysis;
  summary: SccSummary;
  /** With `order: 'auto'`: what the automatic order kept and gave up. */
  auto?: AutoOrder;
  /** With a spec: its errors (then it was ignored) and warnings, as mmc reports them. */
  specMessages: InputProblem[];
  /** What rendering did. */
  render: RenderStepResult;
  /** `.m` inputs: terms that could not be read and were skipped, each located. */
  sourceWarnings: InputProblem[];
}

// Nothing is written unless every input was read cleanly: input errors throw before the first write.
export async function runScc(options: SccOptions): Promise<SccResult> {
  const cwd = options.cwd ?? process.cwd();
  const outDir = outputDirectory(cwd, options.outDir);
  // A renderer that cannot run is a usage problem: say so before anything is read or written.
  selectRenderer(options.render ?? 'auto');
  // A listed file that is missing or a directory is reported (as expansion would) when the reader fails to open it: no stat per file first.
  const { paths, check } = await inputPathList(options.inputs, cwd);
  const { modules, warnings } = await readModuleInputs(paths, { maxProblems: options.maxProblems, format: options.inputFormat, checkInputs: check });
  if (modules.length === 0) throw noModules(options.inputs);
  let auto: AutoOrder | undefined;
  let spec: SpecOutcome | undefined;
  const order =
    options.transOptDepsSpec === undefined
      ? orderStrategy(options, (result) => (auto = result))
      : specStrategy(await readSpecFile(options.transOptDepsSpec, cwd), (outcome) => (spec = outcome));
  const analysis = analyzeImports(modules, { order, weights: await resolveWeights(options.weights, modules, cwd, options.maxProblems) });
  // --main's files first: rule blocks too large for mmc's format are refused before the other outputs are made.
  const mercury =
    options.main === undefined
      ? []
      : mercuryOutputs(analysis.moduleGraph, analysis.order, {
          main: options.main,
          transOptGraph: spec?.result.trimmed,
          // Under a spec, the cycles mmc still orders by name are those of the trimmed graph; otherwise the import graph's.
          cycles: spec?.result.components.componentOf,
          layout: options.layout,
        });
  const files = inputFiles(analysis.moduleGraph, modules);
  const outputs: OutputFile[] = sccOutputs(analysis, { outDir, files, layout: options.layout });
  const links = sccLinks(analysis);
  outputs.push(overviewOutput(analysis, outDir, links));
  const dots = outputs.filter((f) => f.path.endsWith('.dot'));
  let viewer: ViewerFiles | undefined; // made with the other files, while Graphviz draws
  // Every file is staged, pictures included, before any is moved into place; a failure leaves the previous set as it was.
  const transaction = await OutputTransaction.open(outDir, isSccOutputName);
  let writes, render;
  try {
    // Graphviz starts on the DOT files (in its own processes or threads) while this thread makes the other files.
    const pictures = new PictureQueue();
    const drawOptions = { renderer: options.render ?? 'auto', timeoutMs: options.renderTimeoutMs, onProgress: options.onRenderProgress, queue: pictures };
    const staged = await stageWhileDrawing(transaction, dots, pictures, (dotWrites) => drawPictures(analysis, outDir, dotWrites, dots, drawOptions, (name) => transaction.existed(name)), () => {
      const text = outputs.filter((f) => !f.path.endsWith('.dot'));
      if (auto !== undefined) text.push({ path: join(outDir, `${OUTPUT_STEM}.given_up`), content: givenUpText(analysis, auto) });
      const cuts = sccCuts(analysis);
      text.push({ path: join(outDir, `${OUTPUT_STEM}.cuts`), content: cutsText(analysis, cuts) });
      const honoured = honouredImports(analysis.order, analysis.moduleGraph.graph);
      text.push({ path: join(outDir, `${OUTPUT_STEM}.json`), content: analysisDocumentText(analysis, modules, cuts, { auto, honoured }) });
      for (const { name, content } of mercury) text.push({ path: join(outDir, name), content });
      // The viewer's data files do not depend on the pictures: they are written with the text while Graphviz draws; index.html after.
      viewer = viewerFiles(analysis, outDir, { links, inputFiles: files, cuts, honoured });
      return [...text, ...viewer.data];
    });
    writes = staged.writes;
    render = await stagePictures(staged.drawn, viewer!, (files) => transaction.stage(files), [], staged.early);
    await transaction.commit(sccCommitPlan(dots.map((f) => f.path)));
  } finally {
    await transaction.discard();
  }
  const all = { written: [...writes.written, ...render.writes.written], unchanged: [...writes.unchanged, ...render.writes.unchanged] };
  return { analysis, summary: summarize(analysis, all, render), auto, specMessages: spec?.messages ?? [], render, sourceWarnings: warnings };
}

/**
 * Stages the DOT files, then the other files, made meanwhile, then the pictures
 * drawn so far as they come; `draw` runs (Graphviz in its own processes or
 * threads) from the start, given the DOT files' staging to wait for where it
 * needs it. The DOT files go first, alone, so a full disk stops the run at the
 * same file every time. On a failure nothing is still staging or drawing when
 * it is reported, so the staging can be removed.
 */
async function stageWhileDrawing(
  transaction: OutputTransaction,
  dots: readonly OutputFile[],
  pictures: PictureQueue,
  draw: (dotWrites: Promise<WriteSummary>) => Promise<DrawnPictures>,
  others: () => readonly OutputFile[],
): Promise<{ writes: WriteSummary; drawn: DrawnPictures; early: EarlyPictures }> {
  const staging = transaction.stage(dots);
  const drawing = draw(staging);
  // A failure is reported where it is awaited, not as an unhandled rejection meanwhile.
  staging.catch(() => undefined);
  drawing.catch(() => undefined);
  let d: WriteSummary, o: WriteSummary;
  try {
    await new Promise((resolve) => setImmediate(resolve)); // the drawing hands its graphs to Graphviz before this thread makes the text
    const rest = others();
    d = await staging;
    o = await transaction.stage(rest);
  } catch (error) {
    await Promise.allSettled([staging, drawing]);
    throw error;
  }
  const early = await stageAsDrawn(drawing, pictures, (files) => transaction.stage(files));
  return { writes: { written: [...d.written, ...o.written], unchanged: [...d.unchanged, ...o.unchanged] }, drawn: await drawing, early };
}

function givenUpText(analysis: SccAnalysis, auto: AutoOrder): string {
  const { moduleGraph } = analysis;
  // Only the given-up imports' ends are looked up by name (module names are unique).
  const idOf = new Map<string, number>();
  for (const g of auto.givenUp) idOf.set(moduleGraph.names[g.from], g.from).set(moduleGraph.names[g.to], g.to);
  const explanations = explainGivenUp(auto, moduleGraph.names);
  // One search per given-up import; past a budget (huge builds) the report leaves the cycle question open.
  const searches = explanations.reduce((n, c) => n + c.givenUp.length, 0);
  const reaches = searches * moduleGraph.names.length <= 50_000_000 ? reachability(analysis.order, analysis.topDown) : undefined;
  return givenUpReport(
    explanations,
    (importer, imported) => {
      const entry = importOf(moduleGraph, idOf.get(importer)!, idOf.get(imported)!);
      return entry === undefined ? '' : entityLabel(entry.entities);
    },
    (importer, imported) => reaches?.(idOf.get(imported)!, idOf.get(importer)!),
  );
}

// Whether `from` reaches `to` in a DAG, by a depth-first search with a reused stamp array; nodes placed after `to` in `topological` (every edge goes forward in it) cannot lead to it and are not entered.
function reachability(dag: CompactGraph, topological: Int32Array): (from: number, to: number) => boolean {
  const stamp = new Int32Array(dag.nodeCount).fill(-1);
  const position = new Int32Array(dag.nodeCount);
  for (let p = 0; p < topological.length; p++) position[topological[p]] = p;
  const stack: number[] = [];
  let search = 0;
  return (from, to) => {
    search++;
    stack.length = 0;
    const limit = position[to];
    stack.push(from);
    stamp[from] = search;
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (v === to) return true;
      for (let e = dag.offsets[v]; e < dag.offsets[v + 1]; e++) {
        const s = dag.targets[e];
        if (stamp[s] !== search && position[s] <= limit) (stamp[s] = search), stack.push(s);
      }
    }
    return false;
  };
}
