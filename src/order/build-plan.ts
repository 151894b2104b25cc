// What a build order means for `make -j`: critical path, width, simulated makespans and imports honoured, to compare orders.
//
// Algorithm: longest paths by dynamic programming over a topological order,
// O(n + m); list scheduling (Graham) for each job count: when a job slot is free,
// start the ready module with the longest remaining path (ties: smaller id),
// O((n + m) log n) per job count with binary heaps; honoured imports by one
// flag per import from honoured-imports.ts (one sweep of the order).
// Choice: list scheduling is what make does given the priority order of
// `trans_opts` prerequisites; it is within 2× of optimal and usually near the bound.

import type { CompactGraph } from '../graph/compact-graph.js';
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
  for (let v = 0; v < n; v++) waiting[v] = order.offsets[v + 1] - order.offsets[v];
  const { start: readStart, reader } = readersOf(order);
  // Ready modules, longest remaining path first; running builds, earliest finish first; free slots, lowest first (ties by id).
  const ready = new IdHeap(n, remaining, true);
  for (let v = 0; v < n; v++) if (waiting[v] === 0) ready.push(v);
  const start = new Float64Array(n);
  const slot = new Int32Array(n);
  const freeSlots = new IdHeap(jobs, new Float64Array(jobs), false);
  for (let s = 0; s < jobs; s++) freeSlots.push(s);
  const finishAt = new Float64Array(n);
  const running = new IdHeap(Math.min(n, jobs), finishAt, false);
  let now = 0;
  let done = 0;
  const finish = (u: number): void => {
    done++;
    freeSlots.push(slot[u]);
    for (let i = readStart[u]; i < readStart[u + 1]; i++) if (--waiting[reader[i]] === 0) ready.push(reader[i]);
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

// Who waits for each module: `reader[start[v] .. start[v+1])`, by counting sort (no list object per module, and one read per edge where edge ids would take two).
function readersOf(order: CompactGraph): { start: Int32Array; reader: Int32Array } {
  const n = order.nodeCount;
  const { offsets, targets } = order;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < targets.length; e++) start[targets[e] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const reader = new Int32Array(targets.length);
  for (let v = 0; v < n; v++) for (let e = offsets[v]; e < offsets[v + 1]; e++) reader[fill[targets[e]]++] = v;
  return { start, reader };
}

// Imports A→B with B reachable from A in the order.
function countHonoured(order: CompactGraph, imports: CompactGraph): number {
  const honoured = honouredImports(order, imports);
  let count = 0;
  for (let e = 0; e < honoured.length; e++) count += honoured[e];
  return count;
}

// A binary heap of ids (at most `capacity` at once) by `key`, smallest first or with `largest` largest first, ties by smaller id: one total order, so the ids come out as from any heap under it.
class IdHeap {
  private readonly items: Int32Array;
  size = 0;
  constructor(
    capacity: number,
    private readonly key: Float64Array,
    private readonly largest: boolean,
  ) {
    this.items = new Int32Array(Math.max(1, capacity));
  }
  // Whether id a comes out before id b.
  private before(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    if (ka === kb) return a < b;
    return this.largest ? ka > kb : ka < kb;
  }
  peek(): number {
    return this.items[0];
  }
  push(x: number): void {
    const h = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent];
      if (!this.before(x, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = x;
  }
  pop(): number {
    const h = this.items;
    const top = h[0];
    const size = --this.size;
    if (size > 0) {
      const last = h[size];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const m = r < size && this.before(h[r], h[l]) ? r : l;
        if (!this.before(h[m], last)) break;
        h[i] = h[m];
        i = m;
      }
      h[i] = last;
    }
    return top;
  }
}
