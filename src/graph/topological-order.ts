// A topological order of a DAG, deterministic, so build orders and reductions do not depend on input order.
//
// Algorithm: Kahn (1962) with a binary min-heap of ready nodes: among the nodes
// whose predecessors are all placed, the smallest id goes next.
// Cost: O((n + m) log n) time, O(n) memory (Int32Arrays).
// Choice: sources first (every edge u→v has u before v); smallest ready id first,
// so the order is a function of the graph alone. A cycle is a bug upstream (this
// is only called on condensations), hence E_INTERNAL.

import { ImportGraphError } from '../errors.js';
import { sortRows, type CompactGraph } from './compact-graph.js';

export function topologicalOrder(dag: CompactGraph): Int32Array {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const inDegree = new Int32Array(n);
  for (let e = 0; e < offsets[n]; e++) inDegree[targets[e]]++;

  const heap = new Int32Array(n);
  let size = 0;
  const push = (v: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= v) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = v;
  };
  const pop = (): number => {
    const top = heap[0];
    const last = heap[--size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heap[child + 1] < heap[child]) child++;
      if (heap[child] >= last) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
    return top;
  };

  for (let v = 0; v < n; v++) if (inDegree[v] === 0) push(v);
  const order = new Int32Array(n);
  let placed = 0;
  while (size > 0) {
    const v = pop();
    order[placed++] = v;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (--inDegree[w] === 0) push(w);
    }
  }
  if (placed !== n) {
    throw new ImportGraphError('E_INTERNAL', `topologicalOrder: the graph has a cycle (${n - placed} of ${n} nodes on or behind cycles)`);
  }
  return order;
}

/** Some topological order of `dag` (Kahn with a FIFO queue), O(n + m): for callers whose result does not depend on which order they get. */
export function anyTopologicalOrder(dag: CompactGraph): Int32Array {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const inDegree = new Int32Array(n);
  for (let e = 0; e < offsets[n]; e++) inDegree[targets[e]]++;
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (inDegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) if (--inDegree[targets[e]] === 0) order[tail++] = targets[e];
  }
  if (tail !== n) {
    throw new ImportGraphError('E_INTERNAL', `anyTopologicalOrder: the graph has a cycle (${n - tail} of ${n} nodes on or behind cycles)`);
  }
  return order;
}

/** `dag` relabelled by a topological order (anyTopologicalOrder): node p is order[p], every edge p→q has p < q, rows ascending. */
export function topologicallyNumbered(dag: CompactGraph): { order: Int32Array; numbered: CompactGraph } {
  const n = dag.nodeCount;
  const order = anyTopologicalOrder(dag); // E_INTERNAL on a cycle
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]] = p;
  // Each row moved whole to its node's position and sorted there: rows are short, so this beats sorting all edges.
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(dag.targets.length);
  for (let p = 0, k = 0; p < n; p++) {
    const v = order[p];
    offsets[p] = k;
    for (let e = dag.offsets[v]; e < dag.offsets[v + 1]; e++) targets[k++] = position[dag.targets[e]];
  }
  offsets[n] = dag.targets.length;
  sortRows(n, offsets, targets);
  return { order, numbered: { nodeCount: n, offsets, targets } };
}
