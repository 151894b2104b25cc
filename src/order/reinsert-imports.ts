// Adds back dropped imports that fit: the positions are a feasible schedule, not the tightest one, so some imports fit after all.
//
// Algorithm: greedy insertion with incremental longest paths and a dynamic
// topological order (Pearce–Kelly) over H's rows (growing-adjacency.ts).
// H = imports kept by the positions. Each dropped import A→B, heaviest first,
// is added when up(A) + down(B) is within both bounds (up: longest path ending
// at A from above, down: longest path from B downwards; in modules and in
// cost) and B does not reach A in H (no cycle).
// The order `ord` (imported modules first) is kept topological: when B is not
// already before A, a search from B downwards and from A upwards, both inside
// the window ord(A)..ord(B), either finds the cycle or finds the few modules
// to reorder. After an insertion, down() is raised along A's importers and up()
// along B's imports, each node revisited only while its value grows.
// Cost: O((n + m) log n) for the first order and longest paths, O(m log m) to
// sort the candidates, plus the searches (bounded by their windows) and the
// propagation work of the accepted imports. A dropped import is inside an SCC
// and any cycle it closes too: given the SCCs, the order gives each SCC's
// members slots of their own, so a search stays inside one SCC.
// Choice: greedy, not optimal; since values and reachability only grow, an
// import rejected once stays unfit, and every import left out is really not
// honoured at the end (an import B reachable from A never needs a search). The
// searches share a budget of 5·10⁶ + 20·(n + m) steps, past which only imports
// that agree with the current order are taken; the longest-path updates get
// the same, past which only imports that lengthen no path are taken.

import { keptAt, type PositionProblem, type Positions } from './position-search.js';
import { DynamicTopologicalOrder } from './dynamic-topological-order.js';
import { GrowingAdjacency } from './growing-adjacency.js';
import { incomingEdges } from '../graph/compact-graph.js';

/** Work the cycle searches, and separately the longest-path updates, may do in all (nodes and edges visited): ample for graphs of thousands of modules, linear for huge ones. */
const REORDER_BUDGET_BASE = 5e6;
const REORDER_BUDGET_PER_ITEM = 20;

export interface Reinserted {
  /** 1 for each import (edge index of the graph) in the order. */
  kept: Uint8Array;
  /** Longest path ending at each node (from above) and starting at it (downwards), in modules and cost. */
  upLevel: Int32Array;
  downLevel: Int32Array;
  upCost: Float64Array;
  downCost: Float64Array;
}

export function reinsertImports(p: PositionProblem, pos: Positions): Reinserted {
  const { graph, source, fixed, weight, importWeight } = p;
  const n = graph.nodeCount;
  const m = graph.targets.length;
  const targets = graph.targets;
  const kept = new Uint8Array(m);
  let keptCount = 0;
  for (let e = 0; e < m; e++) {
    kept[e] = fixed[e] || keptAt(p, pos, e) ? 1 : 0;
    keptCount += kept[e];
  }

  const byRank = byPosition(pos);
  const inSccs = p.componentOf === undefined ? byRank : bySccKeepingOrder(byRank, p.componentOf);
  const topo = new DynamicTopologicalOrder(inSccs, REORDER_BUDGET_BASE + REORDER_BUDGET_PER_ITEM * (n + m));

  // The kept imports both ways, each row in edge order (the incoming edges' order is the edges'), with room for every dropped one (growing-adjacency.ts).
  const dropped: number[] = [];
  for (let e = 0; e < m; e++) if (!kept[e]) dropped.push(e);
  const { inOffsets, inEdge } = p.incoming ?? incomingEdges(graph);
  const outs = GrowingAdjacency.keptRows(graph.offsets, undefined, targets, kept, keptCount, dropped.length);
  const ins = GrowingAdjacency.keptRows(inOffsets, inEdge, source, kept, keptCount, dropped.length);
  const downLevel = new Int32Array(n);
  const downCost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = byRank[i];
    let l = 0;
    let c = 0;
    for (let x = outs.start[v]; x < outs.start[v + 1]; x++) {
      const b = outs.node[x];
      l = Math.max(l, downLevel[b]);
      c = Math.max(c, downCost[b]);
    }
    downLevel[v] = l + 1;
    downCost[v] = c + weight[v];
  }
  const upLevel = new Int32Array(n);
  const upCost = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const v = byRank[i];
    let l = 0;
    let c = 0;
    for (let x = ins.start[v]; x < ins.start[v + 1]; x++) {
      const a = ins.node[x];
      l = Math.max(l, upLevel[a]);
      c = Math.max(c, upCost[a]);
    }
    upLevel[v] = l + 1;
    upCost[v] = c + weight[v];
  }

  dropped.sort((x, y) => importWeight[y] - importWeight[x] || x - y);
  const stack: number[] = [];
  let propagation = REORDER_BUDGET_BASE + REORDER_BUDGET_PER_ITEM * (n + m);
  for (const e of dropped) {
    const a = source[e];
    const b = targets[e];
    if (a === b) continue;
    if (p.useLevel && upLevel[a] + downLevel[b] > p.maxLevel) continue;
    if (p.useTime && upCost[a] + downCost[b] > p.maxTime) continue;
    // An import whose ends' longest paths must grow is taken only while the propagation budget lasts (one already honoured never needs to).
    const grows = downLevel[b] + 1 > downLevel[a] || downCost[b] + weight[a] > downCost[a] || upLevel[a] + 1 > upLevel[b] || upCost[a] + weight[b] > upCost[b];
    if (grows && propagation <= 0) continue;
    if (!topo.addEdge(a, b, outs, ins)) continue;
    kept[e] = 1;
    outs.add(a, b);
    ins.add(b, a);
    // down() grows from a upwards through importers.
    if (downLevel[b] + 1 > downLevel[a] || downCost[b] + weight[a] > downCost[a]) {
      downLevel[a] = Math.max(downLevel[a], downLevel[b] + 1);
      downCost[a] = Math.max(downCost[a], downCost[b] + weight[a]);
      stack.push(a);
      while (stack.length > 0) {
        const x = stack.pop() as number;
        propagation -= 1 + ins.degree(x);
        for (let i = ins.start[x], j = ins.head[x]; i < ins.start[x + 1] || j >= 0; ) {
          let y;
          if (i < ins.start[x + 1]) y = ins.node[i++];
          else {
            y = ins.extra[j];
            j = ins.next[j];
          }
          if (downLevel[x] + 1 > downLevel[y] || downCost[x] + weight[y] > downCost[y]) {
            downLevel[y] = Math.max(downLevel[y], downLevel[x] + 1);
            downCost[y] = Math.max(downCost[y], downCost[x] + weight[y]);
            stack.push(y);
          }
        }
      }
    }
    // up() grows from b downwards through imports.
    if (upLevel[a] + 1 > upLevel[b] || upCost[a] + weight[b] > upCost[b]) {
      upLevel[b] = Math.max(upLevel[b], upLevel[a] + 1);
      upCost[b] = Math.max(upCost[b], upCost[a] + weight[b]);
      stack.push(b);
      while (stack.length > 0) {
        const x = stack.pop() as number;
        propagation -= 1 + outs.degree(x);
        for (let i = outs.start[x], j = outs.head[x]; i < outs.start[x + 1] || j >= 0; ) {
          let y;
          if (i < outs.start[x + 1]) y = outs.node[i++];
          else {
            y = outs.extra[j];
            j = outs.next[j];
          }
          if (upLevel[x] + 1 > upLevel[y] || upCost[x] + weight[y] > upCost[y]) {
            upLevel[y] = Math.max(upLevel[y], upLevel[x] + 1);
            upCost[y] = Math.max(upCost[y], upCost[x] + weight[y]);
            stack.push(y);
          }
        }
      }
    }
  }
  return { kept, upLevel, downLevel, upCost, downCost };
}

// Modules by (level, start, id): a counting sort by level (ids ascending inside each), then each level by start when starts differ; a plain sort when levels span more than there are modules.
function byPosition(pos: Positions): Int32Array {
  const { level, start } = pos;
  const n = level.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let low = Infinity;
  let high = -Infinity;
  let sameStart = true;
  for (let v = 0; v < n; v++) {
    low = Math.min(low, level[v]);
    high = Math.max(high, level[v]);
    if (start[v] !== start[0]) sameStart = false;
  }
  const byStart = (a: number, b: number): number => start[a] - start[b] || a - b;
  if (n === 0 || high - low > n) return order.sort((a, b) => level[a] - level[b] || byStart(a, b));
  const first = new Int32Array(high - low + 2);
  for (let v = 0; v < n; v++) first[level[v] - low + 1]++;
  for (let l = 0; l <= high - low; l++) first[l + 1] += first[l];
  const fill = first.slice();
  for (let v = 0; v < n; v++) order[fill[level[v] - low]++] = v;
  if (!sameStart) for (let l = 0; l <= high - low; l++) if (first[l + 1] - first[l] > 1) order.subarray(first[l], first[l + 1]).sort(byStart);
  return order;
}

// The modules grouped by SCC, each SCC's in the order given (a stable counting sort): topological inside each SCC when the order given is.
function bySccKeepingOrder(order: Int32Array, componentOf: Int32Array): Int32Array {
  const n = order.length;
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, componentOf[v] + 1);
  const first = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) first[componentOf[v] + 1]++;
  for (let c = 0; c < count; c++) first[c + 1] += first[c];
  const grouped = new Int32Array(n);
  for (let i = 0; i < n; i++) grouped[first[componentOf[order[i]]]++] = order[i];
  return grouped;
}
