// Renders many DOT graphs to SVG in parallel (a small pool: dot child processes, started from a small host process, or wasm worker threads), with progress and time limits.
import { availableParallelism } from 'node:os';
import { chooseLayout, measureDot } from './layout-settings.js';
import { type RenderOutcome } from './render-native.js';
import { BATCH_DOT_CHARS, BATCH_GRAPHS, batchableDot } from './render-native-batch.js';
import { renderNativeUnits } from './dot-host-client.js';
import { WasmRenderer } from './render-wasm.js';
import { selectRenderer, type SelectedRenderer } from './select-renderer.js';
import {
  DEFAULT_RENDER_TIMEOUT_MS,
  type LayoutSettings,
  type RenderBatch,
  type RenderJob,
  type RenderOptions,
  type RenderResult,
} from './render-types.js';

/** Jobs laid out together: several small graphs at full effort share one native dot process; any other job is alone. */
interface RenderUnit {
  jobs: number[];
  /** Absent with `error`, or for a large native graph of unknown size (the native pool measures it). */
  layout?: LayoutSettings;
  /** The layout could not be chosen (the DOT did not parse): the job fails with this. */
  error?: string;
}

// Largest graphs start first so a big one does not start last and stretch the run; results keep job order.
export async function renderGraphs(jobs: readonly RenderJob[], options: RenderOptions = {}): Promise<RenderBatch> {
  const selected = selectRenderer(options.renderer ?? 'auto', options.pathEnv ?? process.env.PATH);
  const results: RenderResult[] = new Array(jobs.length);
  if (selected.renderer === 'none') {
    jobs.forEach((job, i) => {
      results[i] = { name: job.name, status: 'skipped', message: 'rendering disabled (--render=none)', elapsedMs: 0 };
      options.onResult?.(i, results[i]);
    });
    return { renderer: 'none', results };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
  const units = renderUnits(jobs, selected, options.layout);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), units.length));
  let done = 0;
  const starting = (unit: RenderUnit): void => {
    for (const index of unit.jobs) options.onProgress?.({ done, total: jobs.length, current: jobs[index].name, event: 'start' });
  };
  const finishing = (unit: RenderUnit, outcomes: RenderOutcome[], layout: LayoutSettings | undefined, elapsedMs: number): void => {
    unit.jobs.forEach((index, i) => {
      results[index] = { name: jobs[index].name, layout, elapsedMs, ...outcomes[i] };
      options.onResult?.(index, results[index]);
      done++;
      options.onProgress?.({ done, total: jobs.length, current: jobs[index].name, event: 'end' });
    });
  };
  const limitOf = (unit: RenderUnit): number => unit.jobs.reduce((least, index) => Math.min(least, jobs[index].timeoutMs ?? timeoutMs), Infinity);
  if (selected.renderer === 'dot') await renderNatively(selected.dotPath!, jobs, units, concurrency, limitOf, starting, finishing);
  else await renderWithWasm(jobs, units, concurrency, limitOf, starting, finishing);
  return { renderer: selected.renderer, results };
}

type Starting = (unit: RenderUnit) => void;
type Finishing = (unit: RenderUnit, outcomes: RenderOutcome[], layout: LayoutSettings | undefined, elapsedMs: number) => void;

// Units whose layout could not be chosen fail here; the others go to the native pool (dot-host-client), which may choose a large graph's layout itself.
async function renderNatively(
  dotPath: string,
  jobs: readonly RenderJob[],
  units: readonly RenderUnit[],
  concurrency: number,
  limitOf: (unit: RenderUnit) => number,
  starting: Starting,
  finishing: Finishing,
): Promise<void> {
  const drawn = units.filter((unit) => unit.error === undefined);
  for (const unit of units) {
    if (unit.error === undefined) continue;
    starting(unit);
    finishing(unit, unit.jobs.map(() => ({ status: 'failed', message: unit.error! })), undefined, 0);
  }
  const native = drawn.map((unit) => ({ dots: unit.jobs.map((index) => jobs[index].dot), layout: unit.layout, limitMs: limitOf(unit) }));
  await renderNativeUnits(dotPath, native, concurrency, {
    start: (i) => starting(drawn[i]),
    done: (i, result) => finishing(drawn[i], result.outcomes, result.layout, result.elapsedMs),
  });
}

// One WebAssembly worker per slot, one graph at a time.
async function renderWithWasm(
  jobs: readonly RenderJob[],
  units: readonly RenderUnit[],
  concurrency: number,
  limitOf: (unit: RenderUnit) => number,
  starting: Starting,
  finishing: Finishing,
): Promise<void> {
  let next = 0;
  const slot = async (): Promise<void> => {
    const wasm = new WasmRenderer();
    try {
      while (next < units.length) {
        const unit = units[next++];
        starting(unit);
        const started = performance.now();
        let outcomes: RenderOutcome[];
        try {
          if (unit.layout === undefined) throw new Error(unit.error);
          outcomes = [await wasm.render(jobs[unit.jobs[0]].dot, unit.layout, limitOf(unit))];
        } catch (error) {
          outcomes = unit.jobs.map(() => ({ status: 'failed', message: (error as Error).message }));
        }
        finishing(unit, outcomes, unit.layout, Math.round((performance.now() - started) / unit.jobs.length));
      }
    } finally {
      await wasm.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, slot));
}

// Units largest first; with native dot, consecutive small full-effort graphs are grouped (up to BATCH_GRAPHS and about BATCH_DOT_CHARS of DOT),
// and a graph too large to share a process whose size is unknown is measured by the native pool, not here (parsing it takes a while).
function renderUnits(jobs: readonly RenderJob[], selected: SelectedRenderer, chooser: RenderOptions['layout']): RenderUnit[] {
  const choose = chooser ?? chooseLayout;
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].dot.length - jobs[a].dot.length || a - b);
  const units: RenderUnit[] = [];
  let open: RenderUnit | undefined;
  let openChars = 0;
  for (const index of order) {
    const { dot, size } = jobs[index];
    if (selected.renderer === 'dot' && chooser === undefined && size === undefined && dot.length > BATCH_DOT_CHARS) {
      units.push({ jobs: [index] });
      open = undefined;
      continue;
    }
    let layout: LayoutSettings;
    try {
      layout = choose(size ?? measureDot(dot));
    } catch (error) {
      units.push({ jobs: [index], error: (error as Error).message });
      continue;
    }
    const groupable = selected.renderer === 'dot' && layout.tier === 'full' && Object.keys(layout.graphAttributes).length === 0 && batchableDot(dot);
    const chars = dot.length;
    if (groupable && open !== undefined && open.layout === layout && open.jobs.length < BATCH_GRAPHS && openChars + chars <= BATCH_DOT_CHARS) {
      open.jobs.push(index);
      openChars += chars;
      continue;
    }
    const unit: RenderUnit = { jobs: [index], layout };
    units.push(unit);
    open = groupable ? unit : undefined;
    openChars = chars;
  }
  return units;
}
