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
  const n = dag.nodeCount;
  const answers = new Uint8Array(questions.targets.length);
  const { order, numbered } = topologicallyNumbered(dag);
  const post = postorderNumbers(numbered);
  const postOf = new Int32Array(n); // by the input's node id
  for (let p = 0; p < n; p++) postOf[order[p]] = post[p];
  sweepReachIntervals(numbered, post, () => {}, (p, list, length) => {
    const u = order[p];
    for (let e = questions.offsets[u]; e < questions.offsets[u + 1]; e++) {
      const v = questions.targets[e];
      if (v !== u && intervalsContain(list, length, postOf[v])) answers[e] = 1;
    }
  });
  return answers;
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
