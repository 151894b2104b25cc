// Reads the stand-in compiler's log (`start M ns`, `end M ns`) into each module's runs, for checking a real build's order and parallelism.

export interface Run {
  start: number;
  end: number;
}

/** Each module's runs, in microseconds, in the order they started. */
export function readBuildLog(text: string): Map<string, Run[]> {
  const runs = new Map<string, Run[]>();
  const open = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [what, module, time] = line.split(' ');
    if (what === 'start') open.set(module, Number(BigInt(time) / 1000n));
    if (what === 'end') {
      const list = runs.get(module) ?? [];
      list.push({ start: open.get(module)!, end: Number(BigInt(time) / 1000n) });
      runs.set(module, list);
    }
  }
  return runs;
}

/** Modules in the order they started. */
export function startOrder(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('start ')).map((l) => l.split(' ')[1]);
}

/** The most runs that overlapped at any moment. */
export function maxConcurrency(runs: Map<string, Run[]>): number {
  const events: [number, number][] = [];
  for (const list of runs.values()) for (const r of list) events.push([r.start, 1], [r.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, delta] of events) max = Math.max(max, (now += delta));
  return max;
}
