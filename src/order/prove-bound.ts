// An upper bound on the imports any order can honour within auto's bounds, from a MIP solved by HiGHS (WebAssembly), to say how far auto is from the best.
//
// Model (a relaxation, so its bound is valid for every order): each module of
// an SCC gets an integer level in the window its inter-SCC imports force
// (0..D-1); an import inside an SCC may count only when it points strictly
// down (binary x_e, big-M on the levels); every import between SCCs counts.
// Any order within depth D honours only imports that point down in its own
// ASAP levels, so the optimum here is ≥ what any order honours. Cost bounds
// are relaxed: with a cost bound only, D is the most modules whose lightest
// costs fit in it. 2- and 3-cycles inside an SCC get cuts (not all may count).
// The solve stops at a time limit; the bound it reaches then depends on the
// machine's speed, which is why it is only reported, never used to order.

import type { CompactGraph } from '../graph/compact-graph.js';
import type { AutoOrder } from './auto-order.js';
import type { Highs } from 'highs';

export interface ProvenBound {
  /** Imports auto honours. */
  honoured: number;
  /** No order within the bounds honours more. */
  upperBound: number;
  /** (upperBound − honoured) / upperBound, in percent. */
  gapPercent: number;
  /** True when HiGHS closed the gap of its own model. */
  optimal: boolean;
  seconds: number;
  depth: number;
}

const MAX_TRIANGLE_CUTS = 20000;

// The package is CommonJS with a default-export typing; loaded only when a bound is asked for.
async function loadHighs(): Promise<Highs> {
  const loaded = (await import('highs')) as unknown as { default: () => Promise<Highs> };
  return loaded.default();
}

export async function proveBound(graph: CompactGraph, weight: Float64Array, auto: AutoOrder, timeLimitSeconds: number): Promise<ProvenBound> {
  const started = performance.now();
  const depth = relaxedDepth(weight, auto);
  const { text, base, edges } = modelText(graph, auto.componentOf, depth);
  let upperBound = base;
  let optimal = true;
  if (edges > 0) {
    const highs = await loadHighs();
    const model = highs.createModel({ format: 'lp', data: text });
    try {
      model.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 0.999 });
      model.run();
      const status = model.getModelStatus();
      optimal = status === highs.constants.modelStatus.optimal;
      const dual = Number(model.info.get('mip_dual_bound'));
      const objective = Number(model.info.get('objective_function_value'));
      const relaxed = optimal ? objective : Number.isFinite(dual) ? dual : edges;
      upperBound = base + Math.min(edges, Math.floor(relaxed + 1e-6));
    } finally {
      model.dispose();
    }
  }
  upperBound = Math.max(upperBound, auto.honoured);
  return {
    honoured: auto.honoured,
    upperBound,
    gapPercent: upperBound === 0 ? 0 : (100 * (upperBound - auto.honoured)) / upperBound,
    optimal,
    seconds: (performance.now() - started) / 1000,
    depth,
  };
}

// The depth bound the model uses: auto's, or with a cost bound alone the most modules whose lightest costs fit in it.
function relaxedDepth(weight: Float64Array, auto: AutoOrder): number {
  const n = weight.length;
  let depth = Number.isFinite(auto.bounds.maxDepth) ? auto.bounds.maxDepth : n;
  if (Number.isFinite(auto.bounds.maxCriticalPath)) {
    const sorted = Float64Array.from(weight).sort();
    let sum = 0;
    let k = 0;
    while (k < n && sum + sorted[k] <= auto.bounds.maxCriticalPath) sum += sorted[k++];
    depth = Math.min(depth, Math.max(1, k));
  }
  return depth;
}

// CPLEX LP text of the model; `base`: the imports between SCCs (always honoured); `edges`: the x variables.
function modelText(graph: CompactGraph, comp: Int32Array, depth: number): { text: string; base: number; edges: number } {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const { low, high } = levelWindows(graph, comp, depth);
  const objective: string[] = [];
  const rows: string[] = [];
  const edgeVar = new Map<number, number>(); // a * n + b -> x index
  let base = 0;
  let x = 0;
  const inScc = new Uint8Array(n);
  for (let a = 0; a < n; a++) {
    for (let e = offsets[a]; e < offsets[a + 1]; e++) {
      const b = targets[e];
      if (comp[a] !== comp[b]) {
        base++;
        continue;
      }
      if (a === b) continue;
      const big = high[b] - low[a] + 1;
      objective.push(`+ x${e}`);
      rows.push(`e${e}: l${a} - l${b} - ${big} x${e} >= ${1 - big}`);
      edgeVar.set(a * n + b, e);
      inScc[a] = inScc[b] = 1;
      x++;
    }
  }
  let cuts = 0;
  for (const [key, e] of edgeVar) {
    const a = Math.floor(key / n);
    const b = key % n;
    const back = edgeVar.get(b * n + a);
    if (back !== undefined && a < b) rows.push(`c${cuts++}: x${e} + x${back} <= 1`);
    // Triangles a -> b -> c -> a, each listed once (a smallest).
    for (let f = offsets[b]; f < offsets[b + 1] && cuts < MAX_TRIANGLE_CUTS; f++) {
      const c = targets[f];
      if (c <= a || comp[c] !== comp[a]) continue;
      const bc = edgeVar.get(b * n + c);
      const ca = edgeVar.get(c * n + a);
      if (b > a && bc !== undefined && ca !== undefined) rows.push(`c${cuts++}: x${e} + x${bc} + x${ca} <= 2`);
    }
  }
  const bounds: string[] = [];
  const generals: string[] = [];
  const binaries: string[] = [];
  for (let v = 0; v < n; v++) {
    if (!inScc[v]) continue;
    bounds.push(`${low[v]} <= l${v} <= ${high[v]}`);
    generals.push(`l${v}`);
  }
  for (const e of edgeVar.values()) binaries.push(`x${e}`);
  const text = ['Maximize', ` obj: ${objective.join(' ') || '0'}`, 'Subject To', ...rows.map((r) => ` ${r}`), 'Bounds', ...bounds.map((b) => ` ${b}`), 'Generals', ` ${generals.join(' ')}`, 'Binaries', ` ${binaries.join(' ')}`, 'End', ''].join('\n');
  return { text, base, edges: x };
}

// Each module's level window within 0..depth-1 from the imports between SCCs alone (longest forced paths below and above).
function levelWindows(graph: CompactGraph, comp: Int32Array, depth: number): { low: Int32Array; high: Int32Array } {
  const n = graph.nodeCount;
  const byComponent = new Int32Array(n);
  for (let i = 0; i < n; i++) byComponent[i] = i;
  byComponent.sort((a, b) => comp[a] - comp[b] || a - b);
  const below = new Int32Array(n); // forced modules strictly below
  const above = new Int32Array(n); // forced modules strictly above
  for (const v of byComponent) {
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const b = graph.targets[e];
      if (comp[b] !== comp[v]) below[v] = Math.max(below[v], below[b] + 1);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const v = byComponent[i];
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const b = graph.targets[e];
      if (comp[b] !== comp[v]) above[b] = Math.max(above[b], above[v] + 1);
    }
  }
  const low = new Int32Array(n);
  const high = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    low[v] = below[v];
    high[v] = Math.max(low[v], depth - 1 - above[v]);
  }
  return { low, high };
}
