// The transitive reduction's main method: reach sets kept as intervals of a depth-first numbering, which import graphs compress well.
//
// Algorithm: on a DAG numbered in topological order (every edge p→q has p < q),
// visit nodes from the last to the first and each node's successors nearest first,
// as the bitset method does: an edge p→q is redundant iff q is already in the
// reach of p's earlier kept successors (only they can reach q), else the reach of
// q joins p's. Reach sets are sorted lists of disjoint intervals over the
// postorder numbers of a depth-first search (roots in topological order, each
// node's successors farthest first), an interval labelling as in Agrawal, Borgida & Jagadish (1989):
// everything below a node in the search tree is one interval, so chains, packages
// and layers reached together merge into few intervals.
// Cost: O(n + m + Σ merged list lengths), one binary search per edge; a node's list
// is dropped once its last predecessor has read it. On a 300,000-module order graph
// (2.9 million edges) lists average about 25 numbers; on graphs whose reach sets
// do not compress the method stops after `workLimit` and the bitset method decides.

import type { CompactGraph } from './compact-graph.js';

/**
 * Flags in `redundant` (parallel to dag.targets, all 0 on entry) every edge another path implies; `dag` numbered
 * topologically. Returns false, leaving `redundant` partly filled, when merging lists would exceed `workLimit` numbers.
 */
export function intervalRedundantEdges(dag: CompactGraph, redundant: Uint8Array, workLimit: number): boolean {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const post = postorderNumbers(dag);
  const readersLeft = new Int32Array(n);
  for (let e = 0; e < offsets[n]; e++) readersLeft[targets[e]]++;
  const reach: (Int32Array | null)[] = new Array<Int32Array | null>(n).fill(null);
  let list = new Int32Array(64); // reach of the node being visited: [start, end] pairs, ascending
  let spare = new Int32Array(64);
  let work = 0;
  for (let p = n - 1; p >= 0; p--) {
    let length = 2;
    list[0] = list[1] = post[p];
    for (let e = offsets[p]; e < offsets[p + 1]; e++) {
      const q = targets[e];
      const qReach = reach[q] as Int32Array;
      if (--readersLeft[q] === 0) reach[q] = null;
      if (contains(list, length, post[q])) {
        redundant[e] = 1;
        continue;
      }
      work += length + qReach.length;
      if (work > workLimit) return false;
      if (spare.length < length + qReach.length) spare = new Int32Array(2 * (length + qReach.length));
      length = union(list, length, qReach, spare);
      [list, spare] = [spare, list];
    }
    if (readersLeft[p] > 0) reach[p] = list.slice(0, length);
  }
  return true;
}

// Postorder numbers of a depth-first search over the whole DAG, iterative: roots in
// topological order, each node's successors farthest first (rows are ascending).
function postorderNumbers(dag: CompactGraph): Int32Array {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const post = new Int32Array(n).fill(-1);
  const stackNode = new Int32Array(n);
  const stackEdge = new Int32Array(n); // next edge to try, counting down
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (post[root] !== -1) continue;
    let top = 0;
    stackNode[0] = root;
    stackEdge[0] = offsets[root + 1];
    post[root] = -2; // on the stack
    while (top >= 0) {
      const v = stackNode[top];
      let e = stackEdge[top];
      while (e > offsets[v] && post[targets[e - 1]] !== -1) e--;
      if (e > offsets[v]) {
        const w = targets[e - 1];
        stackEdge[top] = e - 1;
        post[w] = -2;
        stackNode[++top] = w;
        stackEdge[top] = offsets[w + 1];
      } else {
        post[v] = next++;
        top--;
      }
    }
  }
  return post;
}

// Whether x lies in one of the first length/2 intervals of list.
function contains(list: Int32Array, length: number, x: number): boolean {
  let lo = 0;
  let hi = length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[2 * mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && list[2 * lo - 1] >= x;
}

// Writes the union of two interval lists into `into`, adjacent intervals joined; returns its length.
function union(a: Int32Array, aLength: number, b: Int32Array, into: Int32Array): number {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < aLength || j < b.length) {
    let start: number;
    let end: number;
    if (j >= b.length || (i < aLength && a[i] <= b[j])) {
      start = a[i];
      end = a[i + 1];
      i += 2;
    } else {
      start = b[j];
      end = b[j + 1];
      j += 2;
    }
    if (k > 0 && start <= into[k - 1] + 1) {
      if (end > into[k - 1]) into[k - 1] = end;
    } else {
      into[k++] = start;
      into[k++] = end;
    }
  }
  return k;
}
