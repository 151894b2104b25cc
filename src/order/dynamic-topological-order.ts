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
// The searches share a work budget (nodes and edges visited): once it is spent,
// only edges that already agree with the order are taken, so a huge graph
// cannot make re-insertion quadratic. Counted in steps, so still deterministic.

export class DynamicTopologicalOrder {
  /** ord[v]: v's slot; node[slot]: the module there. */
  readonly ord: Int32Array;
  readonly node: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly stack: number[] = [];
  /** Search steps left (nodes and edges visited). */
  private budget: number;

  constructor(initial: Int32Array, budget: number) {
    this.budget = budget;
    this.node = initial.slice();
    this.ord = new Int32Array(initial.length);
    for (let i = 0; i < initial.length; i++) this.ord[initial[i]] = i;
    this.mark = new Int32Array(initial.length);
  }

  /** Makes room for A→B if it closes no cycle through `outs`/`ins` (adjacency of the kept edges) and returns true; false if B reaches A. */
  addEdge(a: number, b: number, outs: readonly number[][], ins: readonly number[][]): boolean {
    const { ord } = this;
    if (ord[b] < ord[a]) return true;
    if (this.budget <= 0) return false;
    const lower = ord[a];
    const upper = ord[b];
    this.stamp += 2;
    const deltaF = this.collect(b, outs, (x) => ord[x] > lower, a);
    if (deltaF === undefined) return false;
    const deltaB = this.collect(a, ins, (x) => ord[x] < upper, -1);
    if (deltaB === undefined) return false;
    this.reorder(deltaF, deltaB);
    return true;
  }

  // Nodes reachable from `from` through `adjacency` inside the window; undefined if `stop` is reached or the budget runs out.
  private collect(from: number, adjacency: readonly number[][], inside: (x: number) => boolean, stop: number): number[] | undefined {
    const seen = this.stamp - (stop >= 0 ? 1 : 0);
    const found = [from];
    this.mark[from] = seen;
    this.stack.length = 0;
    this.stack.push(from);
    while (this.stack.length > 0) {
      const x = this.stack.pop() as number;
      this.budget -= 1 + adjacency[x].length;
      if (this.budget < 0) return undefined;
      for (const y of adjacency[x]) {
        if (y === stop) return undefined;
        if (this.mark[y] === seen || !inside(y)) continue;
        this.mark[y] = seen;
        found.push(y);
        this.stack.push(y);
      }
    }
    return found;
  }

  private reorder(deltaF: number[], deltaB: number[]): void {
    const { ord, node } = this;
    const byOrd = (x: number, y: number): number => ord[x] - ord[y];
    deltaF.sort(byOrd);
    deltaB.sort(byOrd);
    const slots: number[] = [];
    for (const v of deltaF) slots.push(ord[v]);
    for (const v of deltaB) slots.push(ord[v]);
    slots.sort((x, y) => x - y);
    let i = 0;
    for (const v of deltaF) ord[v] = slots[i++];
    for (const v of deltaB) ord[v] = slots[i++];
    for (const v of deltaF) node[ord[v]] = v;
    for (const v of deltaB) node[ord[v]] = v;
  }
}
