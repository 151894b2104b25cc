// The plain data that flows in and out of SVG rendering, shared by the renderers, the pool and the CLI.

/** What the user asked for: `--render=auto|dot|wasm|none`. */
export type RendererChoice = 'auto' | 'dot' | 'wasm' | 'none';

/** What actually renders: native Graphviz `dot`, the embedded WebAssembly Graphviz, or nothing. */
export type Renderer = 'dot' | 'wasm' | 'none';

/** One graph to render; `name` identifies it in results and progress (e.g. `imports_array`). */
export interface RenderJob {
  name: string;
  dot: string;
  /** Node and edge counts when the caller knows them; otherwise they are counted from `dot`. */
  size?: GraphSize;
  /** This graph's time limit, ms, when it differs from the batch's `timeoutMs`. */
  timeoutMs?: number;
}

export interface GraphSize {
  nodes: number;
  edges: number;
}

/** A Graphviz layout engine and the graph attributes that make it finish in time. */
export interface LayoutSettings {
  /** Why these settings: `full` (dot, default effort), `fast` (dot, bounded effort, straight edges), `force` (sfdp). */
  tier: 'full' | 'fast' | 'force';
  engine: 'dot' | 'sfdp';
  /** Passed as `-G` defaults (native) or `graphAttributes` (wasm): attributes set in the DOT text win. */
  graphAttributes: Readonly<Record<string, string>>;
}

interface ResultBase {
  name: string;
  /** The layout used (absent when nothing was rendered). */
  layout?: LayoutSettings;
  /** Wall-clock time of this job, for summaries; never part of any output file. */
  elapsedMs: number;
}

export type RenderResult =
  | (ResultBase & { status: 'rendered'; svg: string })
  | (ResultBase & { status: 'timed-out'; message: string })
  | (ResultBase & { status: 'failed'; message: string })
  | (ResultBase & { status: 'skipped'; message: string });

/** A progress event: `done` of `total` finished; `current` is the graph that just started or finished. */
export interface RenderProgress {
  done: number;
  total: number;
  current: string;
  event: 'start' | 'end';
}

export interface RenderOptions {
  /** Default `auto`: native `dot` when on PATH, else WebAssembly. */
  renderer?: RendererChoice;
  /** Per-graph time limit in milliseconds (default 30,000); past it the job is `timed-out`. */
  timeoutMs?: number;
  /** Graphs rendered at once (default: the number of cores). */
  concurrency?: number;
  /** The PATH searched for `dot` (default `process.env.PATH`); tests pass a PATH without Graphviz. */
  pathEnv?: string;
  /** Overrides the size-based layout choice (e.g. to force `dot` at full effort). */
  layout?: (size: GraphSize) => LayoutSettings;
  onProgress?: (progress: RenderProgress) => void;
  /** Each job's result (by its index in the jobs) as soon as it is known, before `renderGraphs` returns them all. */
  onResult?: (index: number, result: RenderResult) => void;
}

/** What `renderGraphs` returns: the renderer used and one result per job, in job order. */
export interface RenderBatch {
  renderer: Renderer;
  results: RenderResult[];
}

export const DEFAULT_RENDER_TIMEOUT_MS = 30_000;
