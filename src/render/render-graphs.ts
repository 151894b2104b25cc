// Renders many DOT graphs to SVG in parallel (a small pool: dot child processes or wasm worker threads), with progress and time limits.
import { availableParallelism } from 'node:os';
import { chooseLayout, measureDot } from './layout-settings.js';
import { renderWithNativeDot, type RenderOutcome } from './render-native.js';
import { WasmRenderer } from './render-wasm.js';
import { selectRenderer } from './select-renderer.js';
import {
  DEFAULT_RENDER_TIMEOUT_MS,
  type LayoutSettings,
  type RenderBatch,
  type RenderJob,
  type RenderOptions,
  type RenderResult,
} from './render-types.js';

// Largest graphs start first so a big one does not start last and stretch the run; results keep job order.
export async function renderGraphs(jobs: readonly RenderJob[], options: RenderOptions = {}): Promise<RenderBatch> {
  const selected = selectRenderer(options.renderer ?? 'auto', options.pathEnv ?? process.env.PATH);
  const results: RenderResult[] = new Array(jobs.length);
  if (selected.renderer === 'none') {
    jobs.forEach((job, i) => (results[i] = { name: job.name, status: 'skipped', message: 'rendering disabled (--render=none)', elapsedMs: 0 }));
    return { renderer: 'none', results };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
  const choose = options.layout ?? chooseLayout;
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].dot.length - jobs[a].dot.length || a - b);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), jobs.length));
  let next = 0;
  let done = 0;

  const slot = async (): Promise<void> => {
    const wasm = selected.renderer === 'wasm' ? new WasmRenderer() : undefined;
    try {
      while (next < order.length) {
        const index = order[next++];
        const job = jobs[index];
        options.onProgress?.({ done, total: jobs.length, current: job.name, event: 'start' });
        const started = performance.now();
        let layout: LayoutSettings | undefined;
        let outcome: RenderOutcome;
        try {
          layout = choose(job.size ?? measureDot(job.dot));
          outcome =
            wasm !== undefined
              ? await wasm.render(job.dot, layout, job.timeoutMs ?? timeoutMs)
              : await renderWithNativeDot(selected.dotPath!, job.dot, layout, job.timeoutMs ?? timeoutMs);
        } catch (error) {
          outcome = { status: 'failed', message: (error as Error).message };
        }
        results[index] = { name: job.name, layout, elapsedMs: Math.round(performance.now() - started), ...outcome };
        done++;
        options.onProgress?.({ done, total: jobs.length, current: job.name, event: 'end' });
      }
    } finally {
      await wasm?.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, slot));
  return { renderer: selected.renderer, results };
}
