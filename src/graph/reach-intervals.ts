// Reach sets as intervals of a depth-first numbering: the labelling the transitive reduction and the reach queries share.
//
// Postorder numbers of a depth-first search, as in Agrawal, Borgida & Jagadish (1989):
// everything below a node in the search tree is one interval, so the reach set of a
// node in an import graph (chains, packages, layers) is a short sorted list of
// [start, end] pairs. Searching roots in topological order and each node's
// successors farthest first gave the shortest lists on synthetic import graphs.

import type { CompactGraph } from './compact-graph.js';

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

/** Writes the union of two interval lists into `into` (large enough for both), adjacent intervals joined; returns its length. */
export function intervalUnion(a: Int32Array, aLength: number, b: Int32Array, into: Int32Array): number {
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
