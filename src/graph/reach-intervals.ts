// Reach sets as intervals of a depth-first numbering: the labelling the transitive reduction and the reach queries share.
//
// Postorder numbers of a depth-first search, as in Agrawal, Borgida & Jagadish (1989):
// everything below a node in the search tree is one interval, so the reach set of a
// node in an import graph (chains, packages, layers) is a short sorted list of
// [start, end] pairs. Searching roots in topological order and each node's
// successors farthest first gave the shortest lists on synthetic import graphs.

import type { CompactGraph } from './compact-graph.js';
import { ReachListArena } from './reach-list-arena.js';

/** Postorder numbers of a depth-first search over `dag` (numbered topologically), iterative: roots in topological order, each node's successors farthest first. */
export function postorderNumbers(dag: CompactGraph): Int32Array {
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

/** Whether x lies in one of the first length/2 intervals of `list` ([start, end] pairs, ascending). */
export function intervalsContain(list: Int32Array, length: number, x: number): boolean {
  let lo = 0;
  let hi = length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[2 * mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && list[2 * lo - 1] >= x;
}

// Writes the union of a[0 .. aLength) and b[bStart .. bEnd) (interval lists) into `into` (large enough for both), adjacent intervals joined; returns its length. b is read in place (a ReachListArena's buffer).
function unionInto(a: Int32Array, aLength: number, b: Int32Array, bStart: number, bEnd: number, into: Int32Array): number {
  let i = 0;
  let j = bStart;
  let k = 0;
  while (i < aLength || j < bEnd) {
    let start: number;
    let end: number;
    if (j >= bEnd || (i < aLength && a[i] <= b[j])) {
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

/**
 * The sweep both users run: on `dag` numbered topologically (every edge p→q has p < q), nodes from the last to
 * the first, each one's successors nearest first; a successor already inside the reach built so far is reported
 * by `covered(e)` (its reach is inside too), the others' lists are merged in. `visit(p, list, length)` sees each
 * node's whole reach (itself included) before the list is kept for its predecessors, and dropped once the last has
 * read it. Returns false, stopping early, when merging would pass `workLimit` numbers. The kept lists share one
 * buffer (ReachListArena), not a typed array each: at 100,000 modules that was most of the sweep's time, in the
 * collector. A node's own number comes last in its list: in a DAG's postorder it exceeds all it reaches.
 */
export function sweepReachIntervals(
  dag: CompactGraph,
  post: Int32Array,
  covered: (edge: number) => void,
  visit: (p: number, list: Int32Array, length: number) => void,
  workLimit = Infinity,
): boolean {
  const n = dag.nodeCount;
  const { offsets, targets } = dag;
  const readersLeft = new Int32Array(n);
  for (let e = 0; e < offsets[n]; e++) readersLeft[targets[e]]++;
  const kept = new ReachListArena(n, 4 * n); // room for an average list of 4 numbers before the first compaction
  const keptStart = kept.start;
  const keptLength = kept.length;
  let list = new Int32Array(64); // reach of the node being visited, without itself: [start, end] pairs, ascending
  let spare = new Int32Array(64);
  let work = 0;
  for (let p = n - 1; p >= 0; p--) {
    let length = 0;
    for (let e = offsets[p]; e < offsets[p + 1]; e++) {
      const q = targets[e];
      if (intervalsContain(list, length, post[q])) {
        covered(e);
      } else {
        const qLength = keptLength[q];
        work += length + qLength + 2;
        if (work > workLimit) return false;
        if (spare.length < length + qLength + 2) spare = new Int32Array(2 * (length + qLength + 2));
        length = unionInto(list, length, kept.buffer, keptStart[q], keptStart[q] + qLength, spare);
        const merged = spare;
        spare = list;
        list = merged;
      }
      if (--readersLeft[q] === 0) kept.drop(q);
    }
    if (length > 0 && list[length - 1] === post[p] - 1) list[length - 1] = post[p];
    else (list[length++] = post[p]), (list[length++] = post[p]);
    visit(p, list, length);
    if (readersLeft[p] > 0) kept.keep(p, list, length);
  }
  return true;
}
