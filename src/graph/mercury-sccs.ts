// mmc lists SCCs in the order of Mercury's digraph.return_sccs_in_from_to_order; reproducing it lets `.module_order` files match mmc's byte for byte.
//
// Algorithm (Kosaraju, as library/digraph.m does it): a depth-first search over
// every vertex in key order, successors in key order, giving the vertices in
// reverse post-order; then, in that order, each vertex not yet seen starts a
// search of the reversed graph whose newly seen vertices are one SCC. SCCs come
// out top-down (importers first). mmc's digraph keys follow the module names as
// plain strings (`thread` < `thread.future` < `time`), not Mercury's name order,
// so we search a copy relabelled by that order: checked against mmc's own
// module_order_for_trans_opt files of the standard library, with and without
// the team's spec (mmc walks the trimmed graph, not its closure: same SCCs,
// and it is the unclosed walk that matches mmc's output).
// Iterative, O(n log n) to sort the names, then O(n + m).
import { compactGraphFromEdges, reverseGraph, type CompactGraph } from './compact-graph.js';

/** SCCs top-down in mmc's order, as node ids; each SCC's members ascending (Mercury's name order when ids are). */
export function mercurySccOrder(graph: CompactGraph, names: readonly string[]): Int32Array[] {
  const n = graph.nodeCount;
  const byKey = Int32Array.from({ length: n }, (_, v) => v).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b));
  const keyOf = new Int32Array(n);
  for (let k = 0; k < n; k++) keyOf[byKey[k]] = k;
  const from = new Int32Array(graph.targets.length);
  const to = new Int32Array(graph.targets.length);
  for (let v = 0; v < n; v++) {
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      from[e] = keyOf[v];
      to[e] = keyOf[graph.targets[e]];
    }
  }
  const g = compactGraphFromEdges(n, from, to);
  const reversePostOrder = new Int32Array(n);
  let filled = n;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const edgeAt = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    let top = 0;
    stack[top++] = root;
    seen[root] = 1;
    edgeAt[root] = g.offsets[root];
    while (top > 0) {
      const v = stack[top - 1];
      if (edgeAt[v] < g.offsets[v + 1]) {
        const w = g.targets[edgeAt[v]++];
        if (!seen[w]) {
          seen[w] = 1;
          edgeAt[w] = g.offsets[w];
          stack[top++] = w;
        }
      } else {
        top--;
        reversePostOrder[--filled] = v;
      }
    }
  }
  const inverse = reverseGraph(g);
  const found = new Uint8Array(n);
  const sccs: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const start = reversePostOrder[i];
    if (found[start]) continue;
    const members: number[] = [];
    let top = 0;
    stack[top++] = start;
    found[start] = 1;
    while (top > 0) {
      const v = stack[--top];
      members.push(byKey[v]);
      for (let e = inverse.offsets[v]; e < inverse.offsets[v + 1]; e++) {
        const w = inverse.targets[e];
        if (!found[w]) {
          found[w] = 1;
          stack[top++] = w;
        }
      }
    }
    sccs.push(Int32Array.from(members).sort());
  }
  return sccs;
}
