import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { autoOrder } from '../../src/order/auto-order.js';
import { buildPlan, listSchedule, scheduleBuild } from '../../src/order/build-plan.js';
import { bruteLongest, closure, randomCase } from './order-helpers.js';

// Time-stepped simulation on integer weights: the oracle for list scheduling.
function stepSchedule(order: { nodeCount: number; offsets: Int32Array; targets: Int32Array }, w: Float64Array, remaining: Float64Array, jobs: number): number {
  const n = order.nodeCount;
  const finish = new Array<number>(n).fill(-1);
  const started = new Array<boolean>(n).fill(false);
  let t = 0;
  for (;;) {
    if (finish.every((f) => f >= 0 && f <= t)) return Math.max(0, ...finish);
    const running = finish.filter((f, v) => started[v] && f > t).length;
    const ready = [...Array(n).keys()].filter((v) => !started[v] && [...order.targets.subarray(order.offsets[v], order.offsets[v + 1])].every((s) => started[s] && finish[s] <= t));
    ready.sort((a, b) => remaining[b] - remaining[a] || a - b);
    for (const v of ready.slice(0, jobs - running)) {
      started[v] = true;
      finish[v] = t + w[v];
    }
    t++;
  }
}

test('list scheduling matches a step-by-step simulation and respects its bounds', (t) => {
  for (let seed = 1; seed <= 400; seed++) {
    const { graph, weight } = randomCase(seed);
    const order = autoOrder(graph, weight, { maxDepth: 1 + (seed % 4), effort: 0.002 }).order;
    const names = Array.from({ length: graph.nodeCount }, (_, i) => `m${i}`);
    const plan = buildPlan(order, graph, weight, names);
    const longest = bruteLongest(order, weight);
    t.is(plan.criticalPath.cost, longest.cost);
    t.is(plan.criticalPath.modules, longest.modules);
    t.is(plan.makespans[0].makespan, plan.totalCost, 'one job builds everything in sequence');
    for (const m of plan.makespans) {
      t.true(m.makespan >= m.lowerBound, `seed ${seed} -j${m.jobs}`);
      // Graham: list scheduling is within total/j + (1 - 1/j) × critical path.
      t.true(m.makespan <= plan.totalCost / m.jobs + (1 - 1 / m.jobs) * plan.criticalPath.cost + 1e-9);
      if (seed <= 150) t.is(m.makespan, stepSchedule(order, weight, plan.remaining, m.jobs), `seed ${seed} -j${m.jobs}`);
    }
    const reach = closure(order);
    let honoured = 0;
    for (let a = 0; a < graph.nodeCount; a++) for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) if (reach[a][graph.targets[e]]) honoured++;
    t.is(plan.honoured.count, honoured);
  }
});

test('make priority starts the module with the most work waiting on it first', (t) => {
  // c reads b reads a; d alone. Work from a up: 1+2+3 = 6; b: 5; d: 4; c: 3.
  const order = compactGraphFromEdges(4, [2, 1], [1, 0]);
  const plan = buildPlan(order, order, new Float64Array([1, 2, 3, 4]), ['a', 'b', 'c', 'd']);
  t.deepEqual([...plan.priority], [0, 1, 3, 2]);
  t.deepEqual(plan.criticalPath.path, ['c', 'b', 'a']);
  t.deepEqual(plan.widthPerLevel, [2, 1, 1]);
});

test('a simulated schedule never starts a module before what it reads has finished, never runs two on one slot, and ends at the makespan', (t) => {
  for (let seed = 1; seed <= 200; seed++) {
    const { graph, weight } = randomCase(seed);
    const dag = autoOrder(graph, weight, { maxDepth: 4, effort: 0.002 }).order;
    const plan = buildPlan(dag, graph, weight, Array.from({ length: graph.nodeCount }, (_, v) => `m${v}`));
    for (const jobs of [1, 2, 3]) {
      const { makespan, start, slot } = scheduleBuild(dag, weight, plan.remaining, jobs);
      t.is(makespan, listSchedule(dag, weight, plan.remaining, jobs));
      let last = 0;
      for (let v = 0; v < dag.nodeCount; v++) {
        t.true(slot[v] >= 0 && slot[v] < jobs);
        last = Math.max(last, start[v] + weight[v]);
        for (let e = dag.offsets[v]; e < dag.offsets[v + 1]; e++) {
          const s = dag.targets[e];
          t.true(start[v] >= start[s] + weight[s], `seed ${seed}: m${v} starts before m${s} ends`);
        }
        for (let u = 0; u < v; u++) {
          const overlap = start[u] < start[v] + weight[v] && start[v] < start[u] + weight[u];
          if (slot[u] === slot[v] && weight[u] > 0 && weight[v] > 0) t.false(overlap, `seed ${seed}: m${u} and m${v} share slot ${slot[v]}`);
        }
      }
      t.is(last, makespan);
    }
  }
});

// The step-by-step simulation with each module's start and slot: at each instant the slots of finished builds are free, and the ready modules take the lowest free slots in priority order.
function stepStarts(order: { nodeCount: number; offsets: Int32Array; targets: Int32Array }, w: Float64Array, remaining: Float64Array, jobs: number): { start: number[]; slot: number[] } {
  const n = order.nodeCount;
  const start = new Array<number>(n).fill(-1);
  const slot = new Array<number>(n).fill(-1);
  const finished = (v: number, t: number): boolean => start[v] >= 0 && start[v] + w[v] <= t;
  for (let t = 0; start.some((s) => s < 0); t++) {
    const busy = new Set(slot.filter((s, v) => s >= 0 && !finished(v, t)));
    const free = [...Array(jobs).keys()].filter((s) => !busy.has(s));
    const ready = [...Array(n).keys()].filter((v) => start[v] < 0 && [...order.targets.subarray(order.offsets[v], order.offsets[v + 1])].every((s) => finished(s, t)));
    ready.sort((a, b) => remaining[b] - remaining[a] || a - b);
    ready.slice(0, free.length).forEach((v, i) => {
      start[v] = t;
      slot[v] = free[i]!;
    });
  }
  return { start, slot };
}

test('each module starts when and on the slot the step-by-step simulation gives it, ties in remaining work by id', (t) => {
  for (let seed = 1; seed <= 300; seed++) {
    const { graph, weight } = randomCase(seed);
    // Few distinct costs, so many modules tie on their remaining work.
    for (let v = 0; v < weight.length; v++) weight[v] = 1 + (weight[v]! % 3);
    const dag = autoOrder(graph, weight, { maxDepth: 1 + (seed % 5), effort: 0.002 }).order;
    const { remaining } = buildPlan(dag, graph, weight, Array.from({ length: graph.nodeCount }, (_, v) => `m${v}`));
    for (const jobs of [1, 2, 3, 5]) {
      const got = scheduleBuild(dag, weight, remaining, jobs);
      t.deepEqual({ start: [...got.start], slot: [...got.slot] }, stepStarts(dag, weight, remaining, jobs), `seed ${seed} -j${jobs}`);
    }
  }
});
