// Many "does u reach v?" questions about one DAG at once (which imports a build order honours), in one sweep, without a closure.
//
// Algorithm: the DAG numbered topologically and swept sinks first, each node's reach
// set built as an interval list of depth-first postorder numbers (reach-intervals)
// from its successors', nearest first, skipping a successor already inside (its reach
// is then too); each node's questions are answered by binary search in its list,
// which is dropped once its last predecessor has read it.
// Cost: O(n + m + q log + Σ merged list lengths) for q questions; near-linear on
// import-graph orders, where lists stay short; memory: the lists still to be read.

import type { CompactGraph } from './compact-graph.js';
import { intervalsContain, postorderNumbers, sweepReachIntervals } from './reach-intervals.js';
import { topologicallyNumbered } from './topological-order.js';

/** Parallel to `questions.targets`: 1 when `dag` has a path of one or more edges from u to v for the question u→v, else 0. */
export function reachesEach(dag: CompactGraph, questions: CompactGraph): Uint8Array {
  const { order, numbered } = topologicallyNumbered(dag);
  const post = postorderNumbers(numbered);
  const answers = new Uint8Array(questions.targets.length);
  sweepReachIntervals(numbered, post, () => {}, questionAnswerer(order, post, questions, answers));
  return answers;
}

/**
 * The `visit` of a sweep (sweepReachIntervals) over a DAG numbered topologically by `order` with postorder numbers
 * `post`, that sets answers[e] to 1 for each question e = u→v (questions on the DAG's own node ids, u ≠ v) whose v
 * lies in u's reach: so a sweep made for another reason (the transitive reduction's) answers them on the way.
 */
export function questionAnswerer(
  order: Int32Array,
  post: Int32Array,
  questions: CompactGraph,
  answers: Uint8Array,
): (p: number, list: Int32Array, length: number) => void {
  const postOf = new Int32Array(order.length); // by the input's node id
  for (let p = 0; p < order.length; p++) postOf[order[p]] = post[p];
  const { offsets, targets } = questions;
  return (p, list, length) => {
    const u = order[p];
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (v !== u && intervalsContain(list, length, postOf[v])) answers[e] = 1;
    }
  };
}

/** For each pair (from[q], to[q]): 1 when to[q] is reachable from from[q] by one edge or more, else 0 (reachesEach on questions in any order, repeats allowed). */
export function reachPairs(dag: CompactGraph, from: ArrayLike<number>, to: ArrayLike<number>): Uint8Array {
  const n = dag.nodeCount;
  // The questions as rows by asker (a counting sort that remembers each question's index); reachesEach needs no order within a row.
  const offsets = new Int32Array(n + 1);
  for (let q = 0; q < from.length; q++) offsets[from[q] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const index = new Int32Array(from.length);
  const targets = new Int32Array(from.length);
  for (let q = 0; q < from.length; q++) {
    const slot = fill[from[q]]++;
    index[slot] = q;
    targets[slot] = to[q];
  }
  const rowAnswers = reachesEach(dag, { nodeCount: n, offsets, targets });
  const answers = new Uint8Array(from.length);
  for (let slot = 0; slot < index.length; slot++) answers[index[slot]] = rowAnswers[slot];
  return answers;
}
