// Draws the DOT files as SVG (only those whose .dot changed or whose .svg is missing or older), while the caller stages its other files, then stages the SVGs and the viewer (index.html and its data files).
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fitSvg } from '../render/fit-svg.js';
import { renderGraphs } from '../render/render-graphs.js';
import type { GraphSize, Renderer, RendererChoice, RenderProgress } from '../render/render-types.js';
import { overviewDot } from '../write/overview-dot.js';
import type { CompactGraph } from '../graph/compact-graph.js';
import type { SccCuts } from '../graph/cut-candidates.js';
import { viewerFiles, type ViewerFiles } from './viewer-outputs.js';
import { componentKeptLinks } from '../graph/kept-links.js';
import type { OutputFile, WriteSummary } from '../write/write-if-changed.js';
import type { SccAnalysis } from './analyze.js';
import { multiModuleSccs } from './scc-outputs.js';

export interface RenderStepOptions {
  renderer: RendererChoice;
  /** Where the SVGs and index.html go: the run's output transaction, with the files written before them. */
  stage: (files: readonly OutputFile[]) => Promise<WriteSummary>;
  timeoutMs?: number;
  onProgress?: (progress: RenderProgress) => void;
  /** Each module's input file and the SCCs' cuts, for the viewer's module and SCC pages. */
  inputFiles?: readonly string[];
  cuts?: readonly SccCuts[];
  /** Which imports the order honours, when the caller has it already (see viewerOutputs). */
  honoured?: Uint8Array;
}

export interface RenderStepResult {
  renderer: Renderer;
  rendered: number;
  upToDate: number;
  /** One line per graph that got no picture (timed out or failed), naming the kept .dot. */
  problems: string[];
  writes: WriteSummary;
}

/** The overview's DOT file, to be written with the other outputs; `bigLinks` as for the viewer (computed once for both). */
export function overviewOutput(analysis: SccAnalysis, outDir: string, bigLinks: CompactGraph): OutputFile {
  const { moduleGraph, components, members } = analysis;
  const dot = overviewDot({ names: moduleGraph.names, graph: moduleGraph.graph, scc: components, bigLinks, members });
  return { path: join(outDir, 'overview.dot'), content: dot };
}

// A .dot that was not rewritten and has an .svg at least as new needs no drawing: a rerun after a small change redraws only what changed.
async function isFresh(dotPath: string, unchanged: ReadonlySet<string>): Promise<boolean> {
  if (!unchanged.has(dotPath)) return false;
  const [dot, svg] = await Promise.all([stat(dotPath), stat(dotPath.replace(/\.dot$/, '.svg')).catch(() => undefined)]);
  return svg !== undefined && svg.mtimeMs >= dot.mtimeMs;
}

/** The pictures drawn, and what the viewer needs to know of them; the SVGs are not staged yet. */
export interface DrawnPictures {
  renderer: Renderer;
  svgs: OutputFile[];
  /** SCC files with a picture (drawn now or already up to date). */
  pictured: Set<string>;
  /** Why a graph got no picture, by SCC file stem. */
  notes: Map<string, string>;
  upToDate: number;
  /** One line per graph that got no picture (timed out or failed), naming the kept .dot. */
  problems: string[];
}

/** Pictures drawn so far and not yet staged: the run stages them while Graphviz draws the rest (stageAsDrawn). */
export class PictureQueue {
  private ready: OutputFile[] = [];
  private wake: (() => void) | undefined;

  add(file: OutputFile): void {
    this.ready.push(file);
    this.wake?.();
  }

  take(): OutputFile[] {
    const files = this.ready;
    this.ready = [];
    return files;
  }

  /** Resolves when the next picture is added. */
  next(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }
}

/** Pictures staged before the drawing ended, and what staging them wrote. */
export interface EarlyPictures {
  staged: Set<string>;
  writes: WriteSummary;
}

/**
 * Draws the DOT files that need it (`written`: what staging them wrote or left unchanged); it can run while the other files are made,
 * since Graphviz runs in its own processes or threads. With `hadSvg` (whether the directory held an SVG of that name), drawing starts
 * before staging ends when no DOT file can be up to date (none has an SVG yet), as in a new output directory. Each SVG also goes to
 * `queue` as soon as it is drawn.
 */
export async function drawPictures(
  analysis: SccAnalysis,
  outDir: string,
  written: WriteSummary | Promise<WriteSummary>,
  dotFiles: readonly OutputFile[],
  options: Pick<RenderStepOptions, 'renderer' | 'timeoutMs' | 'onProgress'> & { queue?: PictureQueue },
  hadSvg: (name: string) => boolean = () => true,
): Promise<DrawnPictures> {
  const mayBeFresh = dotFiles.some((f) => hadSvg(`${stemOf(f.path)}.svg`));
  const unchanged = new Set(mayBeFresh ? (await written).unchanged : []);
  const fresh = await Promise.all(dotFiles.map((f) => isFresh(f.path, unchanged)));
  const stale = dotFiles.filter((_, i) => !fresh[i]);
  const sizes = sccSizes(analysis);
  const files: OutputFile[] = new Array(stale.length);
  const batch = await renderGraphs(
    stale.map((f) => ({ name: stemOf(f.path), dot: String(f.content), size: sizes.get(stemOf(f.path)) })),
    {
      renderer: options.renderer,
      timeoutMs: options.timeoutMs,
      onProgress: options.onProgress,
      onResult: (index, result) => {
        if (result.status !== 'rendered') return;
        files[index] = { path: join(outDir, `${result.name}.svg`), content: fitSvg(result.svg) };
        options.queue?.add(files[index]);
      },
    },
  );
  const svgs: OutputFile[] = [];
  const problems: string[] = [];
  const pictured = new Set(dotFiles.filter((_, i) => fresh[i]).map((f) => stemOf(f.path)));
  const notes = new Map<string, string>();
  batch.results.forEach((result, index) => {
    if (result.status === 'rendered') {
      svgs.push(files[index]);
      pictured.add(result.name);
    } else if (result.status !== 'skipped') {
      problems.push(`${result.name}: ${result.message}; kept ${result.name}.dot`);
      notes.set(result.name, result.message);
    }
  });
  return { renderer: batch.renderer, svgs, pictured, notes, upToDate: fresh.filter(Boolean).length, problems };
}

/**
 * Stages the pictures in `queue` as they come until `drawing` ends, so few are left to stage after the last is drawn.
 * On a failure nothing is still drawing when it is reported.
 */
export async function stageAsDrawn(drawing: Promise<unknown>, queue: PictureQueue, stage: RenderStepOptions['stage']): Promise<EarlyPictures> {
  const early: EarlyPictures = { staged: new Set(), writes: { written: [], unchanged: [] } };
  let drawn = false;
  const ended = drawing.then(
    () => void (drawn = true),
    () => void (drawn = true),
  );
  try {
    while (!drawn) {
      const files = queue.take();
      if (files.length === 0) {
        await Promise.race([ended, queue.next()]);
        continue;
      }
      const writes = await stage(files);
      for (const file of files) early.staged.add(file.path);
      for (const path of writes.written) early.writes.written.push(path);
      for (const path of writes.unchanged) early.writes.unchanged.push(path);
    }
  } catch (error) {
    await ended;
    throw error;
  }
  return early;
}

/** Stages the drawn SVGs not staged yet (see stageAsDrawn) and the viewer's index.html that links them (with `viewerData`, the viewer's other files, when they are not staged yet). */
export async function stagePictures(
  drawn: DrawnPictures,
  viewer: ViewerFiles,
  stage: RenderStepOptions['stage'],
  viewerData: readonly OutputFile[] = [],
  early?: EarlyPictures,
): Promise<RenderStepResult> {
  const svgs = early === undefined ? drawn.svgs : drawn.svgs.filter((f) => !early.staged.has(f.path));
  const last = await stage([...svgs, ...viewerData, viewer.index(drawn)]);
  const writes = early === undefined ? last : { written: [...early.writes.written, ...last.written].sort(), unchanged: [...early.writes.unchanged, ...last.unchanged].sort() };
  return { renderer: drawn.renderer, rendered: drawn.svgs.length, upToDate: drawn.upToDate, problems: drawn.problems, writes };
}

/** Draws the DOT files as SVG, then stages them with the viewer. */
export async function renderOutputs(
  analysis: SccAnalysis,
  outDir: string,
  written: WriteSummary,
  dotFiles: readonly OutputFile[],
  bigLinks: CompactGraph,
  options: RenderStepOptions,
): Promise<RenderStepResult> {
  const drawn = await drawPictures(analysis, outDir, written, dotFiles, options);
  const viewer = viewerFiles(analysis, outDir, { links: bigLinks, inputFiles: options.inputFiles, cuts: options.cuts, honoured: options.honoured });
  return stagePictures(drawn, viewer, options.stage, viewer.data);
}

// Members and internal imports of each SCC file, known from the graph: the renderer need not parse the DOT text back to choose a layout.
function sccSizes(analysis: SccAnalysis): Map<string, GraphSize> {
  const { graph } = analysis.moduleGraph;
  const { componentOf } = analysis.components;
  const sizes = new Map<string, GraphSize>();
  for (const scc of multiModuleSccs(analysis)) {
    let edges = 0;
    for (const v of scc.members) {
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) if (componentOf[graph.targets[e]] === scc.component) edges++;
    }
    sizes.set(scc.stem, { nodes: scc.members.length, edges });
  }
  return sizes;
}

function stemOf(path: string): string {
  return basename(path, '.dot');
}

/** Links between SCCs of two or more modules, through single modules: shared by the overview and the viewer. */
export function sccLinks(analysis: SccAnalysis): CompactGraph {
  const { components, members } = analysis;
  const big = new Uint8Array(components.count);
  for (let c = 0; c < components.count; c++) if (members.offsets[c + 1] - members.offsets[c] >= 2) big[c] = 1;
  // As bigSccLinks (the viewer's own fallback), in one pass whose cost does not grow with modules × SCCs, over the module graph's own rows (no condensation built).
  return componentKeptLinks(analysis.moduleGraph.graph, components, members, big);
}
