// The automatic build order: keeps as many imports as possible while bounding the critical path, so `make -j` has width.
//
// Problem: choose a DAG H ⊆ imports (A→B kept: A's .trans_opt is made after B's
// and may read it) maximising the weight of imports honoured (B reachable from A)
// with the longest path ≤ maxDepth modules and ≤ maxCriticalPath cost. Imports
// between different SCCs never close a cycle and are always kept.
//
// Algorithm: each module gets a position (level l, start time s); an import A→B
// is kept iff l(B) < l(A) and s(B) + w(B) ≤ s(A). Every path of
// kept imports then fits in maxDepth levels and maxCriticalPath time, and no
// relaxation is lost: any DAG's honoured imports satisfy these for its ASAP positions.
//  1. Seed: a linear order of each SCC (linear-order.ts), its forward imports'
//     ASAP positions scaled into the bounds, then clamped into the window that
//     the always-kept inter-SCC imports allow (seed-positions.ts).
//  2. Iterated local search: move one module at a time to its best position in
//     its window (candidate levels × one sorted sweep over start times, O(K·d log d)
//     for degree d and K ≤ 48 candidate levels); after a local optimum, kick a
//     few modules (seeded PRNG) and keep the best positions seen (position-search.ts).
//  3. Re-insertion: every dropped import, heaviest first, is added back when it
//     closes no cycle (a dynamic topological order) and up(A) + down(B) stays
//     within both bounds; longest paths are updated incrementally. Afterwards
//     every import not in H is truly not honoured (reinsert-imports.ts).
//  Steps 2–3 run in rounds, each from the best order's ASAP or ALAP positions
//  or afresh, keeping the best (search-rounds.ts). The total work is bounded:
//  4·10⁶ + 30·(n + m) move-steps, up to 8× that for graphs of up to 10,000
//  modules and imports (times `effort`).
// Cost: O((n + m) log n) for the seed plus the bounded search plus re-insertion
// (O(m) checks and the incremental updates). Trade-off: a lower bound means more
// parallel width but more imports given up; the bounds are hard. If the
// inter-SCC imports alone need a longer path than a bound, the bound is raised
// to exactly that minimum (reported as `bounds.raised`), never an inter-SCC
// import dropped. Defaults, when neither bound is given: maxDepth 10 and, when
// costs differ, a cost bound searched for (cost-bound-ladder.ts): the floor
// max(total / 8, 2 × the heaviest module) (default-cost-bound.ts), or the first
// step of 2% above it, up to +10%, whose order keeps ≥ 99.6% of the import
// weight the depth bound alone keeps (with equal costs a cost bound is only a
// stricter depth bound).

import { compactGraphFromEdges, incomingEdges, type CompactGraph } from '../graph/compact-graph.js';
import { componentMembers } from '../graph/condense.js';
import { stronglyConnectedComponents, type StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { linearOrderWithinComponents } from './linear-order.js';
import { importEnds, type PositionProblem } from './position-search.js';
import { searchRounds } from './search-rounds.js';
import { seedPositions } from './seed-positions.js';
import { defaultCostBound } from './default-cost-bound.js';
import { costBoundLadder } from './cost-bound-ladder.js';
import { rememberHonoured, rememberKeepsCrossImports } from './honoured-imports.js';

export interface AutoOrderOptions {
  /** Most modules on any path of the order (a build "depth"). */
  maxDepth?: number;
  /** Most total weight on any path of the order. */
  maxCriticalPath?: number;
  /** How much each import matters, parallel to `graph.targets` (e.g. entities imported); default 1. */
  importWeight?: Float64Array;
  /** PRNG seed of the local search; same seed, same order. */
  seed?: number;
  /** Multiplies the local search's work budget (default 1). */
  effort?: number;
  /** The graph's SCCs (stronglyConnectedComponents(graph)) when the caller has them already. */
  components?: StronglyConnectedComponents;
}

/** An import that the order does not honour (B is not reachable from A). */
export interface GivenUpImport {
  from: number;
  to: number;
  /** The SCC (componentOf id) both ends belong to. */
  component: number;
  /** The import's weight (importWeight, default 1). */
  weight: number;
  /** Longest path through this import if it were added to the order (ignoring any cycle it would close), in modules and cost. */
  pathModules: number;
  pathCost: number;
}

export interface AutoOrder {
  /** The kept imports: a DAG on the same ids; not transitively reduced. */
  order: CompactGraph;
  /** Imports honoured (all imports minus givenUp), count and weight. */
  honoured: number;
  honouredWeight: number;
  /** Dropped imports, heaviest and most harmless-to-re-add first. */
  givenUp: GivenUpImport[];
  /** Bounds actually used. `raised`: the inter-SCC imports alone needed more than asked. */
  bounds: { maxDepth: number; maxCriticalPath: number; raised: boolean };
  componentOf: Int32Array;
}

const DEFAULT_MAX_DEPTH = 10;

export function autoOrder(graph: CompactGraph, weight: Float64Array, options: AutoOrderOptions = {}): AutoOrder {
  const n = graph.nodeCount;
  const m = graph.targets.length;
  if (weight.length !== n) throw new RangeError(`autoOrder: ${weight.length} weights for ${n} modules`);
  let heaviest = 0;
  let lightest = Infinity;
  for (let v = 0; v < n; v++) {
    if (!(weight[v] >= 0) || !Number.isFinite(weight[v])) throw new RangeError(`autoOrder: weight of module ${v} is ${weight[v]}`);
    heaviest = Math.max(heaviest, weight[v]);
    lightest = Math.min(lightest, weight[v]);
  }
  const importWeight = options.importWeight ?? new Float64Array(m).fill(1);
  let maxDepth = options.maxDepth;
  let maxCost = options.maxCriticalPath;
  // Defaults: depth 10 and, when costs differ, a cost bound searched for from the floor in default-cost-bound.ts (cost-bound-ladder.ts).
  let ladder = false;
  if (maxDepth === undefined && maxCost === undefined) {
    maxDepth = DEFAULT_MAX_DEPTH;
    maxCost = heaviest > 0 && lightest < heaviest ? defaultCostBound(weight) : undefined;
    ladder = maxCost !== undefined;
  }

  const scc = options.components ?? stronglyConnectedComponents(graph);
  const comp = scc.componentOf;
  const { source, fixed } = importEnds(graph, comp);

  const useLevel = maxDepth !== undefined;
  const useTime = maxCost !== undefined;
  // In time mode weights become integers ≥ 1 in a unit where sums are exact doubles (ceil, so real paths never cost more).
  const w = new Float64Array(n);
  let unit = 1;
  let timeLimit = Infinity;
  if (useTime) {
    let total = 0;
    let integral = Number.isInteger(maxCost);
    for (let v = 0; v < n; v++) {
      total += weight[v];
      if (!Number.isInteger(weight[v])) integral = false;
    }
    if (!integral || total > 2 ** 50) unit = Math.max(total, maxCost as number, 1) / 2 ** 40;
    for (let v = 0; v < n; v++) w[v] = Math.max(1, Math.ceil(weight[v] / unit));
    timeLimit = Math.floor((maxCost as number) / unit);
  } else {
    w.set(weight); // only for reporting path costs
  }
  // What the always-kept inter-SCC imports force; nodes by component id come imported-first.
  const byComponent = componentMembers(scc).members;
  const forced = forcedPath(byComponent, graph, fixed, w);
  let raised = false;
  const D = useLevel ? Math.max(Math.floor(maxDepth as number), forced.depth) : n;
  if (useLevel && D > (maxDepth as number)) raised = true;
  const T = useTime ? Math.max(timeLimit, forced.cost) : Infinity;
  if (useTime && T > timeLimit) raised = true;

  // Small graphs (up to 10,000 modules and imports, a second or so) get up to 8× the base budget, for restarts that make the result steadier.
  const base = 4e6 + 30 * (n + m);
  const budget = (options.effort ?? 1) * base * (1 + 7 * Math.min(1, (10_000 / Math.max(1, n + m)) ** 2));
  const incoming = incomingEdges(graph);
  const linear = linearOrderWithinComponents(graph, scc, importWeight, budget / 4, { ...incoming, source });
  const problem: PositionProblem = {
    graph,
    incoming,
    source,
    fixed,
    importWeight,
    weight: w,
    useLevel,
    useTime,
    maxLevel: D,
    maxTime: T,
    componentOf: comp,
  };
  const seed = options.seed ?? 2;
  let result;
  let boundCost = !useTime ? Infinity : T > timeLimit ? T * unit : (maxCost as number);
  if (ladder) {
    // The default cost bound: the floor, or the first rung above it that gives up little (cost-bound-ladder.ts).
    const choice = costBoundLadder(problem, linear, seed, budget);
    result = choice.result;
    if (choice.rung > 0) boundCost = choice.maxTime * unit;
  } else {
    result = searchRounds(problem, seedPositions(problem, linear.order, linear.rank), seed, budget);
  }

  const givenUp: GivenUpImport[] = [];
  let honoured = 0;
  let honouredWeight = 0;
  for (let e = 0; e < m; e++) {
    if (result.kept[e]) {
      honoured++;
      honouredWeight += importWeight[e];
    } else {
      const a = source[e];
      const b = graph.targets[e];
      givenUp.push({
        from: a,
        to: b,
        component: comp[a],
        weight: importWeight[e],
        pathModules: result.upLevel[a] + result.downLevel[b],
        pathCost: (result.upCost[a] + result.downCost[b]) * (useTime ? unit : 1),
      });
    }
  }
  givenUp.sort((x, y) => y.weight - x.weight || x.pathCost - y.pathCost || x.from - y.from || x.to - y.to);
  const order = keptSubgraph(graph, result.kept, source);
  // Re-insertion leaves out only imports the order does not honour (reinsert-imports.ts): its honoured imports are the kept ones, and those between SCCs are all kept.
  rememberHonoured(order, graph, result.kept);
  rememberKeepsCrossImports(order, graph, comp);
  return {
    order,
    honoured,
    honouredWeight,
    givenUp,
    bounds: { maxDepth: useLevel ? D : Infinity, maxCriticalPath: boundCost, raised },
    componentOf: comp,
  };
}

// Longest path over the inter-SCC imports alone, in modules and weight: the least any bound can be.
function forcedPath(byComponent: Int32Array, graph: CompactGraph, fixed: Uint8Array, w: Float64Array): { depth: number; cost: number } {
  const n = graph.nodeCount;
  const level = new Int32Array(n);
  const finish = new Float64Array(n);
  let depth = 0;
  let cost = 0;
  for (const v of byComponent) {
    let l = 0;
    let s = 0;
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      if (!fixed[e]) continue;
      const b = graph.targets[e];
      l = Math.max(l, level[b] + 1);
      s = Math.max(s, finish[b]);
    }
    level[v] = l;
    finish[v] = s + w[v];
    depth = Math.max(depth, l + 1);
    cost = Math.max(cost, finish[v]);
  }
  return { depth, cost };
}

// The kept edges as a graph: each row of the graph is ascending without repeats, so its kept part is one too and needs no sort; a graph without that shape is built as from any edges.
function keptSubgraph(graph: CompactGraph, kept: Uint8Array, source: Int32Array): CompactGraph {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const rowOffsets = new Int32Array(n + 1);
  let count = 0;
  for (let v = 0; v < n; v++) {
    rowOffsets[v] = count;
    let last = -1;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      if (!kept[e]) continue;
      const b = targets[e];
      if (b <= last || b === v) return compactGraphFromEdges(n, ...keptPairs(kept, source, targets));
      last = b;
      count++;
    }
  }
  rowOffsets[n] = count;
  const rowTargets = new Int32Array(count);
  for (let e = 0, i = 0; e < targets.length; e++) if (kept[e]) rowTargets[i++] = targets[e];
  return { nodeCount: n, offsets: rowOffsets, targets: rowTargets };
}

function keptPairs(kept: Uint8Array, source: Int32Array, targets: Int32Array): [number[], number[]] {
  const from: number[] = [];
  const to: number[] = [];
  for (let e = 0; e < targets.length; e++) {
    if (!kept[e]) continue;
    from.push(source[e]);
    to.push(targets[e]);
  }
  return [from, to];
}
