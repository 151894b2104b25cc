// Runs the native `dot` pool: units of graphs on a few slots, largest first, each unit in one dot process; shared by the dot host process and the in-process fallback.
import type { RenderOutcome } from './render-native.js';
import { renderBatchWithNativeDot } from './render-native-batch.js';
import type { LayoutSettings } from './render-types.js';

/** Graphs laid out together with one layout; without `layout` (one large graph of unknown size), the layout is chosen by measuring it here. */
export interface NativeUnit {
  dots: string[];
  layout?: LayoutSettings;
  limitMs: number;
}

/** One unit's outcomes (one per graph, in order), the layout used, and its wall time per graph. */
export interface UnitDone {
  outcomes: RenderOutcome[];
  layout?: LayoutSettings;
  elapsedMs: number;
}

export interface UnitEvents {
  start: (unit: number) => void;
  done: (unit: number, result: UnitDone) => void;
}

/** Renders `units` in order on `concurrency` slots; `skip` names units already done elsewhere. */
export async function runNativeUnits(dotPath: string, units: readonly NativeUnit[], concurrency: number, events: UnitEvents, skip?: (unit: number) => boolean): Promise<void> {
  let next = 0;
  const slot = async (): Promise<void> => {
    while (next < units.length) {
      const index = next++;
      if (skip?.(index)) continue;
      events.start(index);
      events.done(index, await renderUnit(dotPath, units[index]));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, units.length)) }, slot));
}

async function renderUnit(dotPath: string, unit: NativeUnit): Promise<UnitDone> {
  const started = performance.now();
  let layout = unit.layout;
  let outcomes: RenderOutcome[];
  try {
    // Parsing a large graph to count it takes a while: it is done here, off the thread that makes the other files
    // (the parser is loaded only then, so the dot host starts quickly).
    if (layout === undefined) {
      const { chooseLayout, measureDot } = await import('./layout-settings.js');
      layout = chooseLayout(measureDot(unit.dots[0]));
    }
    outcomes = await renderBatchWithNativeDot(dotPath, unit.dots, layout, unit.limitMs);
  } catch (error) {
    outcomes = unit.dots.map(() => ({ status: 'failed', message: (error as Error).message }));
  }
  return { outcomes, layout, elapsedMs: Math.round((performance.now() - started) / unit.dots.length) };
}
