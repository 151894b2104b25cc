// A topological order kept up to date as edges are added (Pearce–Kelly), so re-insertion can take any import that closes no cycle.
//
// Convention as in the order: an edge A→B (A reads B) needs B before A, so
// `ord` lists imported modules first. Adding A→B with B already before A costs
// nothing. Otherwise every module between ord(A) and ord(B) may have to move:
// a search from B along imports (visiting only modules after A) collects
// deltaF, and if it meets A the edge closes a cycle; a search from A along
// importers (only modules before B) collects deltaB; then the slots of both
// sets are dealt out again, deltaF's modules first, each set in its old order.
// Cost per edge: O(size of the two searched regions, with their edges) plus a
// sort of those regions; nothing outside the window ord(A)..ord(B) is touched.
// The order need be topological only inside groups of consecutive slots that
// hold every edge ever added (e.g. each SCC's members, when only imports inside
// an SCC are added): the searches never leave the window, so never the group.
// The searches share a work budget (nodes and edges visited): once it is spent,
// only edges that already agree with the order are taken, so a huge graph
// cannot make re-insertion quadratic. Counted in steps, so still deterministic.

import type { GrowingAdjacency } from './growing-adjacency.js';

export class DynamicTopologicalOrder {
  /** ord[v]: v's slot; node[slot]: the module there. */
  readonly ord: Int32Array;
  readonly node: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /** The search's stack and the two regions found (each module at most once per search). */
  private readonly stack: Int32Array;
  private readonly forward: Int32Array;
  private readonly backward: Int32Array;
  private found = 0;
  /** Search steps left (nodes and edges visited). */
  private budget: number;

  constructor(initial: Int32Array, budget: number) {
    const n = initial.length;
    this.budget = budget;
    this.node = initial.slice();
    this.ord = new Int32Array(n);
    for (let i = 0; i < n; i++) this.ord[initial[i]] = i;
    this.mark = new Int32Array(n);
    this.stack = new Int32Array(n);
    this.forward = new Int32Array(n);
    this.backward = new Int32Array(n);
  }

  /** Makes room for A→B if it closes no cycle through `outs`/`ins` (adjacency of the kept edges) and returns true; false if B reaches A. */
  addEdge(a: number, b: number, outs: GrowingAdjacency, ins: GrowingAdjacency): boolean {
    const { ord } = this;
    if (ord[b] < ord[a]) return true;
    if (this.budget <= 0) return false;
    const lower = ord[a];
    const upper = ord[b];
    this.stamp += 2;
    if (!this.collect(b, outs, lower, upper, a, this.forward)) return false;
    const forward = this.found;
    if (!this.collect(a, ins, lower, upper, -1, this.backward)) return false;
    this.reorder(forward, this.found);
    return true;
  }

  // Modules reachable from `from` through `adjacency` strictly inside the window (ord between `lower` and `upper`), into `found`; false if `stop` is reached or the budget runs out.
  private collect(from: number, adjacency: GrowingAdjacency, lower: number, upper: number, stop: number, found: Int32Array): boolean {
    const { ord, mark, stack } = this;
    const { start, node, head, next, extra } = adjacency;
    const seen = this.stamp - (stop >= 0 ? 1 : 0);
    let count = 0;
    found[count++] = from;
    mark[from] = seen;
    let top = 0;
    stack[top++] = from;
    while (top > 0) {
      const x = stack[--top];
      this.budget -= 1 + adjacency.degree(x);
      if (this.budget < 0) return false;
      for (let i = start[x], j = head[x]; i < start[x + 1] || j >= 0; ) {
        let y;
        if (i < start[x + 1]) y = node[i++];
        else {
          y = extra[j];
          j = next[j];
        }
        if (y === stop) return false;
        // In an order topological throughout, a module reached going forward is below `upper` and one going backward above `lower` already.
        if (mark[y] === seen || ord[y] <= lower || ord[y] >= upper) continue;
        mark[y] = seen;
        found[count++] = y;
        stack[top++] = y;
      }
    }
    this.found = count;
    return true;
  }

  // Deals the slots of both regions out again, the forward region's modules first, each region in its old order.
  private reorder(forwardCount: number, backwardCount: number): void {
    const { ord, node } = this;
    // Slots are distinct, so a region sorted by slot is its slots sorted, each read back through `node`.
    const fSlots = this.forward.subarray(0, forwardCount);
    const bSlots = this.backward.subarray(0, backwardCount);
    for (let i = 0; i < forwardCount; i++) fSlots[i] = ord[fSlots[i]];
    for (let i = 0; i < backwardCount; i++) bSlots[i] = ord[bSlots[i]];
    fSlots.sort();
    bSlots.sort();
    const modules = this.stack;
    for (let i = 0; i < forwardCount; i++) modules[i] = node[fSlots[i]];
    for (let i = 0; i < backwardCount; i++) modules[forwardCount + i] = node[bSlots[i]];
    // The slots of both, merged in order, dealt to the modules in turn.
    let f = 0;
    let b = 0;
    for (let i = 0; i < forwardCount + backwardCount; i++) {
      const slot = b >= backwardCount || (f < forwardCount && fSlots[f] < bSlots[b]) ? fSlots[f++] : bSlots[b++];
      const v = modules[i];
      ord[v] = slot;
      node[slot] = v;
    }
  }
}
