// `importgraph scc`: the main job, from the parsed options to the summary on stderr.
import { formatProblem } from '../errors.js';
import { runScc } from '../pipeline/run-scc.js';
import { formatSummary } from '../pipeline/summary.js';
import type { CliIo } from './io.js';
import { type CommonOptions, usage } from './options.js';

export async function sccCommand(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.inputs.length === 0) throw usage('no inputs: give .import_info files, quoted globs or @FILE');
  const { summary, specMessages } = await runScc({
    inputs: options.inputs,
    outDir: options.outDir,
    cwd: io.cwd,
    layout: { useSubdirs: options.useSubdirs },
    maxProblems: options.maxProblems,
    order: options.order,
    weights: options.weights,
    maxDepth: options.maxDepth,
    maxCriticalPath: options.maxCriticalPath,
    transOptDepsSpec: options.transOptDepsSpec,
    main: options.main,
  });
  for (const message of specMessages) io.stderr(`${formatProblem(message)}\n`);
  if (!options.quiet) io.stderr(formatSummary(summary));
  return 0;
}
