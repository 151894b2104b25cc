// `importgraph scc`: the main job, from the parsed options to the summary on stderr.
import { formatProblem } from '../errors.js';
import type { RenderProgress } from '../render/render-types.js';
import { runScc } from '../pipeline/run-scc.js';
import { formatSummary } from '../pipeline/summary.js';
import { selectRenderer } from '../render/select-renderer.js';
import type { CliIo } from './io.js';
import { reportSourceWarnings } from './source-warnings.js';
import { type CommonOptions, usage } from './options.js';
import { terminalSafe } from './terminal-text.js';

export async function sccCommand(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.inputs.length === 0) throw usage('no inputs: give .import_info files, quoted globs or @FILE');
  // The bounds shape only the automatic order: without it they would be silently ignored.
  const bound = options.maxDepth !== undefined ? '--max-depth' : options.maxCriticalPath !== undefined ? '--max-critical-path' : undefined;
  if (bound !== undefined && options.order !== 'auto') {
    throw usage(`${bound} bounds the automatic order: add --order auto (scc orders by name without it)`);
  }
  // The renderer is named once, before the first progress line (or, without one, before the summary).
  let announced = false;
  const announce = (renderer: string): void => {
    if (announced || options.render !== 'auto' || renderer === 'none' || options.quiet) return;
    announced = true;
    io.stderr(`importgraph: rendering with ${renderer === 'dot' ? 'Graphviz dot from PATH' : 'the embedded WebAssembly Graphviz (no dot on PATH)'}\n`);
  };
  const progress = showProgress(options, io, () => announce(selectRenderer(options.render).renderer));
  const { summary, specMessages, render, auto, sourceWarnings } = await runScc({
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
    onRenderProgress: progress?.show,
  });
  if (progress?.drawn === true) io.stderr('\r\x1b[K');
  announce(render.renderer);
  reportSourceWarnings(sourceWarnings, options.verbose, io);
  for (const message of specMessages) io.stderr(`${terminalSafe(formatProblem(message))}\n`);
  if (!options.quiet) io.stderr(terminalSafe(formatSummary(summary)));
  if (!options.quiet && auto !== undefined) {
    const total = auto.honoured + auto.givenUp.length;
    io.stderr(`importgraph: auto order honours ${auto.honoured} of ${total} imports; the ${auto.givenUp.length} given up are in importgraph.given_up\n`);
  }
  return 0;
}

// Progress only for a person watching: on a terminal that can rewrite a line (not TERM=dumb), not with --quiet, not in CI.
function showProgress(options: CommonOptions, io: CliIo, before: () => void): { show: (p: RenderProgress) => void; drawn: boolean } | undefined {
  if (options.quiet || !io.isTerminal || io.term === 'dumb' || process.env.CI) return undefined;
  const progress = {
    drawn: false,
    show: (p: RenderProgress) => {
      if (!progress.drawn) before();
      progress.drawn = true;
      io.stderr(`\r\x1b[Kimportgraph: drawing ${p.done}/${p.total} ${p.event === 'start' ? terminalSafe(p.current) : ''}`);
    },
  };
  return progress;
}
