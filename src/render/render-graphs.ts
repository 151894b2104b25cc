// Renders many DOT graphs to SVG in parallel (a small pool: dot child processes or wasm worker threads), with progress and time limits.
import { availableParallelism } from 'node:os';
import { chooseLayout, measureDot } from './layout-settings.js';
import { type RenderOutcome } from './render-native.js';
import { BATCH_DOT_CHARS, BATCH_GRAPHS, batchableDot, renderBatchWithNativeDot } from './render-native-batch.js';
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
  layout?: LayoutSettings;
  /** The layout could not be chosen (the DOT did not parse): the job fails with this. */
  error?: string;
}

// Largest graphs start first so a big one does not start last and stretch the run; results keep job order.
export async function renderGraphs(jobs: readonly RenderJob[], options: RenderOptions = {}): Promise<RenderBatch> {
  const selected = selectRenderer(options.renderer ?? 'auto', options.pathEnv ?? process.env.PATH);
  const results: RenderResult[] = new Array(jobs.length);
  if (selected.renderer === 'none') {
    jobs.forEach((job, i) => (results[i] = { name: job.name, status: 'skipped', message: 'rendering disabled (--render=none)', elapsedMs: 0 }));
    return { renderer: 'none', results };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
  const units = renderUnits(jobs, selected, options.layout ?? chooseLayout);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), units.length));
  let next = 0;
  let done = 0;

  const slot = async (): Promise<void> => {
    const wasm = selected.renderer === 'wasm' ? new WasmRenderer() : undefined;
    try {
      while (next < units.length) {
        const unit = units[next++];
        for (const index of unit.jobs) options.onProgress?.({ done, total: jobs.length, current: jobs[index].name, event: 'start' });
        const started = performance.now();
        const limit = unit.jobs.reduce((least, index) => Math.min(least, jobs[index].timeoutMs ?? timeoutMs), Infinity);
        let outcomes: RenderOutcome[];
        try {
          if (unit.layout === undefined) throw new Error(unit.error);
          const dots = unit.jobs.map((index) => jobs[index].dot);
          outcomes = wasm !== undefined ? [await wasm.render(dots[0], unit.layout, limit)] : await renderBatchWithNativeDot(selected.dotPath!, dots, unit.layout, limit);
        } catch (error) {
          outcomes = unit.jobs.map(() => ({ status: 'failed', message: (error as Error).message }));
        }
        const elapsedMs = Math.round((performance.now() - started) / unit.jobs.length);
        unit.jobs.forEach((index, i) => {
          results[index] = { name: jobs[index].name, layout: unit.layout, elapsedMs, ...outcomes[i] };
          done++;
          options.onProgress?.({ done, total: jobs.length, current: jobs[index].name, event: 'end' });
        });
      }
    } finally {
      await wasm?.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, slot));
  return { renderer: selected.renderer, results };
}

// Units largest first; with native dot, consecutive small full-effort graphs are grouped (up to BATCH_GRAPHS and about BATCH_DOT_CHARS of DOT).
function renderUnits(jobs: readonly RenderJob[], selected: SelectedRenderer, choose: (size: NonNullable<RenderJob['size']>) => LayoutSettings): RenderUnit[] {
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].dot.length - jobs[a].dot.length || a - b);
  const units: RenderUnit[] = [];
  let open: RenderUnit | undefined;
  let openChars = 0;
  for (const index of order) {
    let layout: LayoutSettings;
    try {
      layout = choose(jobs[index].size ?? measureDot(jobs[index].dot));
    } catch (error) {
      units.push({ jobs: [index], error: (error as Error).message });
      continue;
    }
    const groupable = selected.renderer === 'dot' && layout.tier === 'full' && Object.keys(layout.graphAttributes).length === 0 && batchableDot(jobs[index].dot);
    const chars = jobs[index].dot.length;
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
