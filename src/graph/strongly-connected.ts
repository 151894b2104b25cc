// Strongly connected components: the cycles of the import graph, which must be built together.
//
// Algorithm: Tarjan (1972), made iterative with an explicit call stack of
// (node, next edge) so a 1,000,000-deep chain runs on the default stack.
// Cost: O(n + m) time, O(n) memory in five Int32Array/Uint8Array of length n.
// Choice: roots are tried in ascending node id and successors in row order
// (ascending), so the numbering is a function of the graph alone. Components
// are numbered in the order Tarjan completes them, which is a reverse
// topological order of the condensation: for every edge u→v across components,
// componentOf[u] > componentOf[v] (0 is a sink, the highest id a source).

import type { CompactGraph } from './compact-graph.js';

export interface StronglyConnectedComponents {
  /** Number of components; ids are 0..count-1. */
  readonly count: number;
  /** Component id of each node. */
  readonly componentOf: Int32Array;
}

/** The arrays a run needs, kept for the next run: many small graphs (each cut of an SCC) then allocate nothing each. */
export class SccScratch {
  index = new Int32Array(0);
  low = new Int32Array(0);
  componentOf = new Int32Array(0);
  onStack = new Uint8Array(0); // all 0 between runs
  tarjanStack = new Int32Array(0);
  callNode = new Int32Array(0);
  callEdge = new Int32Array(0);

  /** Room for n nodes. */
  fit(n: number): this {
    if (this.index.length < n) {
      for (const key of ['index', 'low', 'componentOf', 'tarjanStack', 'callNode', 'callEdge'] as const) this[key] = new Int32Array(n);
      this.onStack = new Uint8Array(n);
    }
    return this;
  }
}

/** The SCCs of g; with `scratch`, its arrays are used and `componentOf` is a view of one, valid until its next use. */
export function stronglyConnectedComponents(g: CompactGraph, scratch?: SccScratch): StronglyConnectedComponents {
  const n = g.nodeCount;
  const { offsets, targets } = g;
  const { index, low, componentOf, onStack, tarjanStack, callNode, callEdge } = (scratch ?? new SccScratch()).fit(n);
  index.fill(-1, 0, n); // discovery index, -1 = unvisited
  // tarjanStack: nodes of open components; callNode, callEdge: the explicit DFS call stack, node and next edge to explore.
  let tarjanTop = 0;
  let nextIndex = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = offsets[root];
    index[root] = low[root] = nextIndex++;
    tarjanStack[tarjanTop++] = root;
    onStack[root] = 1;

    while (depth >= 0) {
      const v = callNode[depth];
      const e = callEdge[depth];
      if (e < offsets[v + 1]) {
        callEdge[depth] = e + 1;
        const w = targets[e];
        if (index[w] === -1) {
          // "Recurse" into w.
          index[w] = low[w] = nextIndex++;
          tarjanStack[tarjanTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = offsets[w];
        } else if (onStack[w] === 1 && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      // All edges of v done: close its component if v is a root, then "return".
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = tarjanStack[--tarjanTop];
          onStack[w] = 0;
          componentOf[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  return { count, componentOf: componentOf.length === n ? componentOf : componentOf.subarray(0, n) };
}
