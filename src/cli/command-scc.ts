// `importgraph scc`: the main job, from the parsed options to the summary on stderr.
import { formatProblem } from '../errors.js';
import type { RenderProgress } from '../render/render-types.js';
import { runScc } from '../pipeline/run-scc.js';
import { formatSummary } from '../pipeline/summary.js';
import type { CliIo } from './io.js';
import { type CommonOptions, usage } from './options.js';

export async function sccCommand(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.inputs.length === 0) throw usage('no inputs: give .import_info files, quoted globs or @FILE');
  const progress = showProgress(options, io);
  const { summary, specMessages, render, auto } = await runScc({
    inputs: options.inputs,
    inputFormat: options.inputFormat,
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
    render: options.render,
    renderTimeoutMs: options.renderTimeout === undefined ? undefined : options.renderTimeout * 1000,
    onRenderProgress: progress,
  });
  if (progress !== undefined) io.stderr('\r\x1b[K');
  if (options.render === 'auto' && render.renderer !== 'none' && !options.quiet) {
    io.stderr(`importgraph: rendering with ${render.renderer === 'dot' ? 'Graphviz dot from PATH' : 'the embedded WebAssembly Graphviz (no dot on PATH)'}\n`);
  }
  for (const message of specMessages) io.stderr(`${formatProblem(message)}\n`);
  if (!options.quiet) io.stderr(formatSummary(summary));
  if (!options.quiet && auto !== undefined) {
    const total = auto.honoured + auto.givenUp.length;
    io.stderr(`importgraph: auto order honours ${auto.honoured} of ${total} imports; the ${auto.givenUp.length} given up are in importgraph.given_up\n`);
  }
  return 0;
}

// Progress only for a person watching: on a terminal, not with --quiet, not in CI.
function showProgress(options: CommonOptions, io: CliIo): ((p: RenderProgress) => void) | undefined {
  if (options.quiet || !io.isTerminal || process.env.CI) return undefined;
  return (p) => io.stderr(`\r\x1b[Kimportgraph: drawing ${p.done}/${p.total} ${p.event === 'start' ? p.current : ''}`);
}
