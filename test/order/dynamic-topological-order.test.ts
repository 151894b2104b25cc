// The topological order kept as edges are added: an edge is taken exactly when it closes no cycle, and every taken edge keeps pointing down the order.
import test from 'ava';
import { DynamicTopologicalOrder } from '../../src/order/dynamic-topological-order.js';
import { GrowingAdjacency } from '../../src/order/growing-adjacency.js';
import { rng } from './order-helpers.js';

// Whether `to` is reachable from `from` over the edges so far.
function reaches(outs: number[][], from: number, to: number): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    const x = stack.pop() as number;
    if (x === to) return true;
    for (const y of outs[x]) if (!seen.has(y)) seen.add(y), stack.push(y);
  }
  return false;
}

/**
 * Adds `tries` random edges (`pick` gives each pair), checking each against a
 * plain reachability search: the edges taken, or why the order went wrong.
 */
function addRandomEdges(topo: DynamicTopologicalOrder, outs: GrowingAdjacency, ins: GrowingAdjacency, n: number, tries: number, pick: () => [number, number]): [number, number][] | string {
  const plain: number[][] = Array.from({ length: n }, () => []);
  const taken: [number, number][] = [];
  for (let i = 0; i < tries; i++) {
    const [a, b] = pick();
    if (a === b) continue;
    const cycle = reaches(plain, b, a);
    const ok = topo.addEdge(a, b, outs, ins);
    if (ok === cycle) return `${a}→${b} ${ok ? 'taken though it closes a cycle' : 'refused though acyclic'}`;
    if (!ok) continue;
    outs.add(a, b);
    ins.add(b, a);
    plain[a].push(b);
    taken.push([a, b]);
  }
  for (const [a, b] of taken) if (!(topo.ord[b] < topo.ord[a])) return `${a}→${b} points up`;
  return taken;
}

test('random edges: taken iff they close no cycle; afterwards every edge A→B has B before A', (t) => {
  for (let seed = 1; seed <= 100; seed++) {
    const r = rng(seed);
    const n = 2 + Math.floor(r() * 12);
    const tries = Math.floor(r() * n * 4);
    const initial = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7 + seed) % n) - ((b * 7 + seed) % n));
    const topo = new DynamicTopologicalOrder(initial, 1e9);
    const outs = GrowingAdjacency.fromPairs(n, new Int32Array(0), new Int32Array(0), 0, tries);
    const ins = GrowingAdjacency.fromPairs(n, new Int32Array(0), new Int32Array(0), 0, tries);
    const taken = addRandomEdges(topo, outs, ins, n, tries, () => [Math.floor(r() * n), Math.floor(r() * n)]);
    if (typeof taken === 'string') return t.fail(`seed ${seed}: ${taken}`);
    for (let v = 0; v < n; v++) if (topo.node[topo.ord[v]] !== v) return t.fail(`seed ${seed}: node and ord disagree at ${v}`);
  }
  t.pass();
});

test('once the search budget is spent, only edges that already point down are taken', (t) => {
  const topo = new DynamicTopologicalOrder(Int32Array.from([0, 1, 2]), 0);
  const outs = GrowingAdjacency.fromPairs(3, new Int32Array(0), new Int32Array(0), 0, 2);
  const ins = GrowingAdjacency.fromPairs(3, new Int32Array(0), new Int32Array(0), 0, 2);
  t.true(topo.addEdge(2, 0, outs, ins));
  t.false(topo.addEdge(0, 2, outs, ins));
});

test('an order topological only inside groups of slots: edges inside a group taken iff they close no cycle, and they point down', (t) => {
  for (let seed = 1; seed <= 100; seed++) {
    const r = rng(seed);
    // Groups of consecutive slots; edges between groups (as between SCCs) are in the adjacency but never added, and point any way.
    const groups = 1 + Math.floor(r() * 4);
    const size = 2 + Math.floor(r() * 8);
    const n = groups * size;
    const groupOf = (v: number): number => Math.floor(v / size);
    const initial = Int32Array.from({ length: n }, (_, i) => i);
    for (let g = 0; g < groups; g++) initial.subarray(g * size, (g + 1) * size).sort((a, b) => ((a * 5 + seed) % size) - ((b * 5 + seed) % size));
    const across: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const a = Math.floor(r() * n);
      const b = Math.floor(r() * n);
      if (groupOf(a) !== groupOf(b)) across.push([a, b]);
    }
    const tries = Math.floor(r() * n * 3);
    const topo = new DynamicTopologicalOrder(initial, 1e9);
    const outs = GrowingAdjacency.fromPairs(n, Int32Array.from(across, (x) => x[0]), Int32Array.from(across, (x) => x[1]), across.length, tries);
    const ins = GrowingAdjacency.fromPairs(n, Int32Array.from(across, (x) => x[1]), Int32Array.from(across, (x) => x[0]), across.length, tries);
    const inGroup = (): [number, number] => {
      const g = Math.floor(r() * groups);
      return [g * size + Math.floor(r() * size), g * size + Math.floor(r() * size)];
    };
    const taken = addRandomEdges(topo, outs, ins, n, tries, inGroup);
    if (typeof taken === 'string') return t.fail(`seed ${seed}: ${taken}`);
    for (let v = 0; v < n; v++) if (groupOf(topo.node[v]) !== Math.floor(v / size)) return t.fail(`seed ${seed}: slot ${v} left its group`);
  }
  t.pass();
});
