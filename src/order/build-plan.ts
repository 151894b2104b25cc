// What a build order means for `make -j`: critical path, width, simulated makespans and imports honoured, to compare orders.
//
// Algorithm: longest paths by dynamic programming over a topological order,
// O(n + m); list scheduling (Graham) for each job count: when a job slot is free,
// start the ready module with the longest remaining path (ties: smaller id),
// O((n + m) log n) per job count with binary heaps; honoured imports by one
// flag per import from honoured-imports.ts (one sweep of the order).
// Choice: list scheduling is what make does given the priority order of
// `trans_opts` prerequisites; it is within 2× of optimal and usually near the bound.

import { incomingEdges, type CompactGraph } from '../graph/compact-graph.js';
import { longestPath } from '../graph/longest-path.js';
import { topologicalOrder } from '../graph/topological-order.js';
import { honouredImports } from './honoured-imports.js';
import { buildLevels } from './order-levels.js';
import { priorityOrder, remainingWork } from './make-priority.js';

export const JOB_COUNTS = [1, 2, 4, 8, 16, 32] as const;

export interface Makespan {
  jobs: number;
  makespan: number;
  /** max(total / jobs, critical path cost). */
  lowerBound: number;
}

export interface BuildPlan {
  /** modules: most modules on any path; cost and path: the costliest path (smallest ids on ties). */
  criticalPath: { modules: number; cost: number; path: string[] };
  /** Modules per level, level 0 = modules that read nothing (longest path downwards of 1). */
  widthPerLevel: number[];
  totalCost: number;
  makespans: Makespan[];
  honoured: { count: number; total: number };
  /** Per module, its cost plus the costliest chain of modules waiting on it: make's priority (see make-priority.ts). */
  remaining: Float64Array;
  /** Module ids by remaining path, longest first (ties by id): the order of `trans_opts` prerequisites. */
  priority: Int32Array;
}

/** `order`: M→S means M's build waits for S's. `imports`: the import graph on the same ids. */
export function buildPlan(order: CompactGraph, imports: CompactGraph, weight: Float64Array, names: readonly string[]): BuildPlan {
  const n = order.nodeCount;
  const topo = topologicalOrder(order); // sources (importers) first
  // Level 0: reads nothing; the most modules on any chain is the highest level plus one.
  const level = buildLevels(order, topo);
  const remaining = remainingWork(order, weight, topo);
  const priority = priorityOrder(remaining);
  const costliest = longestPath(order, weight, topo);
  const path = Array.from(costliest.path, (v) => names[v]);
  const cost = costliest.cost;
  const widthPerLevel: number[] = [];
  for (let v = 0; v < n; v++) {
    while (widthPerLevel.length <= level[v]) widthPerLevel.push(0);
    widthPerLevel[level[v]]++;
  }
  const modules = widthPerLevel.length;
  let totalCost = 0;
  for (let v = 0; v < n; v++) totalCost += weight[v];
  const makespans = JOB_COUNTS.map((jobs) => ({
    jobs,
    makespan: listSchedule(order, weight, remaining, jobs),
    lowerBound: Math.max(totalCost / jobs, cost),
  }));
  return {
    criticalPath: { modules, cost, path },
    widthPerLevel,
    totalCost,
    makespans,
    honoured: { count: countHonoured(order, imports), total: imports.targets.length },
    remaining,
    priority,
  };
}

/** Makespan of list scheduling on `jobs` slots with priority = longest remaining path, ties by smaller id. */
export function listSchedule(order: CompactGraph, weight: Float64Array, remaining: Float64Array, jobs: number): number {
  return scheduleBuild(order, weight, remaining, jobs).makespan;
}

/** A simulated build: when each module starts and on which job slot (0..jobs-1) it runs. */
export interface BuildSchedule {
  makespan: number;
  start: Float64Array;
  slot: Int32Array;
}

/** List scheduling as make -j does it: a free slot takes the ready module with the longest remaining path (ties: smaller id); the lowest free slot. */
export function scheduleBuild(order: CompactGraph, weight: Float64Array, remaining: Float64Array, jobs: number): BuildSchedule {
  const n = order.nodeCount;
  const waiting = new Int32Array(n);
  // Who reads each module: its incoming edges, and each edge's source (no list object per module).
  const { inOffsets, inEdge } = incomingEdges(order);
  const source = new Int32Array(order.targets.length);
  for (let v = 0; v < n; v++) {
    waiting[v] = order.offsets[v + 1] - order.offsets[v];
    source.fill(v, order.offsets[v], order.offsets[v + 1]);
  }
  const ready = new Heap((a, b) => remaining[b] - remaining[a] || a - b);
  for (let v = 0; v < n; v++) if (waiting[v] === 0) ready.push(v);
  const start = new Float64Array(n);
  const slot = new Int32Array(n);
  const freeSlots = new Heap((a, b) => a - b);
  for (let s = 0; s < jobs; s++) freeSlots.push(s);
  // Running builds: (finish time, id).
  const finishAt = new Float64Array(n);
  const running = new Heap((a, b) => finishAt[a] - finishAt[b] || a - b);
  let now = 0;
  let done = 0;
  const finish = (u: number): void => {
    done++;
    freeSlots.push(slot[u]);
    for (let i = inOffsets[u]; i < inOffsets[u + 1]; i++) if (--waiting[source[inEdge[i]]] === 0) ready.push(source[inEdge[i]]);
  };
  while (done < n) {
    while (freeSlots.size > 0 && ready.size > 0) {
      const v = ready.pop();
      start[v] = now;
      slot[v] = freeSlots.pop();
      finishAt[v] = now + weight[v];
      running.push(v);
    }
    const v = running.pop();
    now = finishAt[v];
    finish(v);
    // Everything finishing at the same instant frees its slot before new starts.
    while (running.size > 0 && finishAt[running.peek()] === now) finish(running.pop());
  }
  return { makespan: now, start, slot };
}

// Imports A→B with B reachable from A in the order.
function countHonoured(order: CompactGraph, imports: CompactGraph): number {
  const honoured = honouredImports(order, imports);
  let count = 0;
  for (let e = 0; e < honoured.length; e++) count += honoured[e];
  return count;
}

// A binary min-heap of ids under a comparator.
class Heap {
  private items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0];
  }
  push(x: number): void {
    const h = this.items;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(h[i], h[parent]) >= 0) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }
  pop(): number {
    const h = this.items;
    const top = h[0];
    const last = h.pop() as number;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m]) < 0) m = l;
        if (r < h.length && this.less(h[r], h[m]) < 0) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
