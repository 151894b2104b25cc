// `importgraph plan`: prints the build plans of Mercury's default and the automatic order side by side (text or --json).
import { formatProblem, type InputProblem } from '../errors.js';
import { resolve } from 'node:path';
import { planTimeline } from '../pipeline/plan-timeline.js';
import { runPlan } from '../pipeline/run-plan.js';
import { writeFileIfChanged } from '../write/write-if-changed.js';
import { appendAll } from '../read/append-all.js';
import { readSpecFile, specStrategy } from '../pipeline/spec-choice.js';
import { planReportJson, planReportText } from '../write/plan-report.js';
import type { CliIo } from './io.js';
import { reportSourceWarnings } from './source-warnings.js';
import { proveBound, type ProvenBound } from '../order/prove-bound.js';
import { type CommonOptions, usage } from './options.js';
import { terminalSafe } from './terminal-text.js';

export async function planCommand(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.inputs.length === 0) throw usage('no inputs: give .import_info files, quoted globs or @FILE');
  const extraOrders =
    options.transOptDepsSpec === undefined
      ? []
      : [{ name: 'spec', strategy: specStrategy(await readSpecFile(options.transOptDepsSpec, io.cwd), (outcome) => appendAll(messages, outcome.messages)) }];
  const messages: InputProblem[] = [];
  let proving: Promise<ProvenBound> | undefined;
  const result = await runPlan({
    extraOrders,
    inputs: options.inputs,
    inputFormat: options.inputFormat,
    cwd: io.cwd,
    weights: options.weights,
    maxProblems: options.maxProblems,
    maxDepth: options.maxDepth,
    maxCriticalPath: options.maxCriticalPath,
    onAuto: options.prove ? (auto, moduleGraph, weight) => (proving = proveBound(moduleGraph.graph, weight, auto, options.proveTime)) : undefined,
  });
  const { moduleGraph, plans } = result;
  reportSourceWarnings(result.sourceWarnings, options.verbose, io);
  for (const message of messages) io.stderr(`${terminalSafe(formatProblem(message))}\n`);
  if (options.svg !== undefined) await writeFileIfChanged(resolve(io.cwd, options.svg), planTimeline(result, options.jobs));
  io.stdout(options.json ? planReportJson(plans, moduleGraph.names) : planReportText(plans));
  if (proving !== undefined) {
    const line = provenLine(await proving);
    if (options.json) io.stderr(line);
    else io.stdout(line);
  }
  return 0;
}

// One line for people: auto's result beside the bound, and how the bound was reached.
function provenLine(p: ProvenBound): string {
  const how = p.optimal ? 'proven optimal' : `HiGHS stopped at its time limit`;
  return `auto honours ${p.honoured}; at most ${p.upperBound} are possible (gap ${p.gapPercent.toFixed(2)}%; depth ≤ ${p.depth} model, ${how}, ${p.seconds.toFixed(1)} s)\n`;
}
