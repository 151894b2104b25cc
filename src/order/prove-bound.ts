// An upper bound on the imports any order can honour within auto's bounds, from a MIP solved by HiGHS (WebAssembly), to say how far auto is from the best.
//
// Model (a relaxation, so its bound is valid for every order): each module of
// an SCC gets a level in the window its inter-SCC imports force (0..D-1), as
// cumulative binaries z(v,k) = [level(v) ≤ k]; an import inside an SCC may
// count (binary x_e) only when it points strictly down: x_e + z(A,k) −
// z(B,k−1) ≤ 1 for every k; every import between SCCs counts.
// Any order within depth D honours only imports that point down in its own
// ASAP levels, so the optimum here is ≥ what any order honours. Cost bounds
// are relaxed: with a cost bound only, D is the most modules whose lightest
// costs fit in it. 2-cycles get cuts (not both may count), and cliques of
// modules with fewer levels than members get pigeonhole cuts (clique-cuts.ts).
// Two phases share the time: HiGHS maximises for 15% of it, auto's own
// order as its first solution; then, below the bound it reached, it shows
// targets infeasible ("at least T imports inside SCCs count" has no solution,
// so at most T − 1 do), each a third of the way down to auto's count, while
// that succeeds. With the target row HiGHS closes these at the root node.
// The bound reached depends on the machine's speed, which is why it is only
// reported, never used to order.

import type { CompactGraph } from '../graph/compact-graph.js';
import type { AutoOrder } from './auto-order.js';
import type { Highs } from 'highs';
import { cliqueCuts } from './clique-cuts.js';

// The optimisation's share of the time; the rest shows targets below its bound infeasible, which HiGHS does faster than it raises the bound.
const OPTIMISE_SHARE = 0.15;
// Each target lies a third of the way from the bound down to auto's count: every attempt repeats the root's work, so few bold steps beat many small ones.
const TARGET_STEP = 3;

// Cliques read per model: the library's SCC has a few hundred; a cap keeps dense synthetic SCCs from enumerating for ever (fewer cuts stay valid).
const MAX_CLIQUES = 20_000;

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
  /** How the bound came down: after the optimisation, then after each target shown infeasible. */
  steps: { upperBound: number; seconds: number }[];
}


// The package is CommonJS with a default-export typing; loaded only when a bound is asked for.
async function loadHighs(): Promise<Highs> {
  const loaded = (await import('highs')) as unknown as { default: () => Promise<Highs> };
  return loaded.default();
}

/** `optimiseShare`: the share of the time for the optimisation before the targets (0 goes straight to targets from all imports). */
export async function proveBound(graph: CompactGraph, weight: Float64Array, auto: AutoOrder, timeLimitSeconds: number, { optimiseShare = OPTIMISE_SHARE } = {}): Promise<ProvenBound> {
  const started = performance.now();
  const secondsLeft = (): number => timeLimitSeconds - (performance.now() - started) / 1000;
  const depth = relaxedDepth(weight, auto);
  const model = levelModel(graph, auto.componentOf, depth);
  let inside = 0;
  let optimal = true;
  const steps: { upperBound: number; seconds: number }[] = [];
  const record = (): number => steps.push({ upperBound: model.base + inside, seconds: (performance.now() - started) / 1000 });
  if (model.edges > 0) {
    const highs = await loadHighs();
    inside = model.edges;
    optimal = false;
    if (optimiseShare > 0) {
      const first = solveModel(highs, lpText(model), timeLimitSeconds * optimiseShare, warmStart(graph, auto, depth), true);
      inside = Math.min(model.edges, first.bound);
      optimal = first.optimal;
      record();
    }
    // Below the optimisation's bound, show targets infeasible: no order honours `target` imports inside SCCs.
    const honouredInside = auto.honoured - model.base;
    optimal ||= inside === honouredInside;
    while (!optimal && inside > honouredInside && secondsLeft() > 0.5) {
      const target = inside + 1 - Math.max(1, Math.ceil((inside - honouredInside) / TARGET_STEP));
      const run = solveModel(highs, lpText(model, target), secondsLeft(), undefined, false);
      // Either the optimum is below the target, or it is the target model's optimum, which its bound covers.
      const bound = Math.min(inside, Math.max(target - 1, run.bound));
      optimal = run.optimal || bound === honouredInside;
      if (bound < inside) (inside = bound), record();
      if (!run.infeasible) break;
    }
  }
  const upperBound = model.base + inside;
  return {
    honoured: auto.honoured,
    upperBound,
    gapPercent: upperBound === 0 ? 0 : (100 * (upperBound - auto.honoured)) / upperBound,
    optimal,
    seconds: (performance.now() - started) / 1000,
    depth,
    steps,
  };
}

interface ModelRun {
  /** Solved to optimality: the bound is the best count. */
  optimal: boolean;
  /** No solution at all (a target above the optimum). */
  infeasible: boolean;
  /** The most imports inside SCCs this model allows (−1 when it has no solution). */
  bound: number;
}

// One HiGHS run of an LP-format model; heuristics only when a better order is worth finding (not when showing a target infeasible).
function solveModel(highs: Highs, text: string, seconds: number, start: Map<string, number> | undefined, heuristics: boolean): ModelRun {
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.1, seconds), mip_rel_gap: 0, mip_abs_gap: 0.999 });
    if (!heuristics) model.options.set({ mip_heuristic_effort: 0 });
    if (start !== undefined) setStart(model, start);
    model.run();
    const status = model.getModelStatus();
    if (status === highs.constants.modelStatus.infeasible) return { optimal: false, infeasible: true, bound: -1 };
    const optimal = status === highs.constants.modelStatus.optimal;
    const dual = Number(model.info.get('mip_dual_bound'));
    const objective = Number(model.info.get('objective_function_value'));
    const relaxed = optimal ? objective : Number.isFinite(dual) ? dual : Infinity;
    return { optimal, infeasible: false, bound: Math.floor(Math.min(relaxed, Number.MAX_SAFE_INTEGER) + 1e-6) };
  } finally {
    model.dispose();
  }
}

// Auto's order as the first solution, by column.
function setStart(model: { getColByName(name: string): number; setSolution(s: { indices: Int32Array; values: Float64Array }): unknown }, start: Map<string, number>): void {
  const indices: number[] = [];
  const values: number[] = [];
  for (const [name, value] of start) {
    const col = columnOf(model, name);
    if (col >= 0) indices.push(col), values.push(value);
  }
  const order = Int32Array.from(indices.keys()).sort((i, j) => indices[i] - indices[j]);
  model.setSolution({ indices: Int32Array.from(order, (i) => indices[i]), values: Float64Array.from(order, (i) => values[i]) });
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

interface LevelModel {
  objective: string;
  rows: string[];
  binaries: string[];
  /** Imports between SCCs: they always count. */
  base: number;
  /** Imports inside SCCs: the model's variables x_e. */
  edges: number;
}

// The model's rows, levels as cumulative binaries z(v,k) = [level(v) ≤ k]: an import A→B counts only if, for every k, level(A) ≤ k implies level(B) ≤ k − 1.
function levelModel(graph: CompactGraph, comp: Int32Array, depth: number): LevelModel {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const { low, high } = levelWindows(graph, comp, depth);
  // z(v,k) is a variable for low[v] ≤ k < high[v]; below low it is 0, from high on it is 1.
  const z = (v: number, k: number): string => (k < low[v] ? '0' : k >= high[v] ? '1' : `z${v}_${k}`);
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const inScc = new Uint8Array(n);
  const pair = new Map<number, number>();
  let base = 0;
  let x = 0;
  for (let a = 0; a < n; a++) {
    for (let e = offsets[a]; e < offsets[a + 1]; e++) {
      const b = targets[e];
      if (comp[a] !== comp[b]) {
        base++;
        continue;
      }
      if (a === b) continue;
      inScc[a] = inScc[b] = 1;
      objective.push(`+ x${e}`);
      binaries.push(`x${e}`);
      pair.set(a * n + b, e);
      x++;
      // x + z(A,k) − z(B,k−1) ≤ 1 for each k.
      for (let k = 0; k < depth; k++) {
        const za = z(a, k);
        const zb = k === 0 ? '0' : z(b, k - 1);
        if (za === '0' || zb === '1') continue;
        const terms = [`x${e}`];
        let rhs = 1;
        if (za === '1') rhs -= 1;
        else terms.push(`+ ${za}`);
        if (zb !== '0') terms.push(`- ${zb}`);
        rows.push(`r${e}_${k}: ${terms.join(' ')} <= ${rhs}`);
      }
    }
  }
  for (let v = 0; v < n; v++) {
    if (!inScc[v]) continue;
    for (let k = low[v]; k < high[v]; k++) {
      binaries.push(`z${v}_${k}`);
      if (k + 1 < high[v]) rows.push(`m${v}_${k}: z${v}_${k} - z${v}_${k + 1} <= 0`);
    }
  }
  let cuts = 0;
  for (const [key, e] of pair) {
    const a = Math.floor(key / n);
    const b = key % n;
    const back = pair.get(b * n + a);
    if (back !== undefined && a < b) rows.push(`c${cuts++}: x${e} + x${back} <= 1`);
  }
  for (const row of cliqueRows(n, pair, low, high)) rows.push(row);
  return { objective: objective.join(' '), rows, binaries, base, edges: x };
}

// The model as CPLEX LP text; with a target, one more row: at least that many imports inside SCCs count.
function lpText(model: LevelModel, target?: number): string {
  const lines = ['Maximize', ` obj: ${model.objective || '0'}`, 'Subject To'];
  if (target !== undefined) lines.push(` target: ${model.objective} >= ${target}`);
  for (const row of model.rows) lines.push(` ${row}`);
  lines.push('Binaries', ` ${model.binaries.join(' ')}`, 'End', '');
  return lines.join('\n');
}

// Pigeonhole rows: the imports inside a clique of modules count at most once per pair, never for a pair sharing a level (clique-cuts.ts).
function cliqueRows(n: number, pair: Map<number, number>, low: Int32Array, high: Int32Array): string[] {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const key of pair.keys()) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (!pair.has(b * n + a) || a < b) neighbours[a].push(b), neighbours[b].push(a);
  }
  const vertices: number[] = [];
  for (let v = 0; v < n; v++) if (neighbours[v].length > 0) vertices.push(v);
  const rows: string[] = [];
  for (const { members, limit } of cliqueCuts(neighbours, vertices, low, high, MAX_CLIQUES)) {
    const terms: string[] = [];
    for (const a of members) {
      for (const b of members) {
        const e = pair.get(a * n + b);
        if (e !== undefined) terms.push(`+ x${e}`);
      }
    }
    rows.push(`q${rows.length}: ${terms.join(' ')} <= ${limit}`);
  }
  return rows;
}

// Auto's own order as the solver's first solution: its ASAP levels, the imports pointing down there, and the cumulative level variables.
function warmStart(graph: CompactGraph, auto: AutoOrder, depth: number): Map<string, number> {
  const n = graph.nodeCount;
  const { offsets, targets } = auto.order;
  const comp = auto.componentOf;
  // ASAP levels: nodes by component id come imported-first, and inside an SCC the order's own topological order is needed.
  const level = new Int32Array(n).fill(-1);
  const indegree = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) indegree[targets[e]]++;
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue.push(v);
  const topDown: number[] = [];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    topDown.push(v);
    for (let e = offsets[v]; e < offsets[v + 1]; e++) if (--indegree[targets[e]] === 0) queue.push(targets[e]);
  }
  for (let i = topDown.length - 1; i >= 0; i--) {
    const v = topDown[i];
    let l = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) l = Math.max(l, level[targets[e]] + 1);
    level[v] = l;
  }
  const start = new Map<string, number>();
  for (let a = 0; a < n; a++) {
    for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) {
      const b = graph.targets[e];
      if (comp[a] === comp[b] && a !== b) start.set(`x${e}`, level[a] > level[b] ? 1 : 0);
    }
    for (let k = 0; k < depth; k++) start.set(`z${a}_${k}`, level[a] <= k ? 1 : 0);
  }
  return start;
}

// The column of a variable, or -1 when the model has none by that name (a level fixed by its window).
function columnOf(model: { getColByName(name: string): number }, name: string): number {
  try {
    return model.getColByName(name);
  } catch {
    return -1;
  }
}
