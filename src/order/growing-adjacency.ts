// One direction of the kept imports during re-insertion: rows of integers for the imports kept at first, and each module's few added ones after them, in the order they were added.
//
// Re-insertion reads every row many times (cycle searches, longest-path
// updates) but adds only the dropped imports that fit, so the first rows are
// integers (no array per module: the kept imports copied off the graph's rows,
// `keptRows`, or a counting sort of pairs) and the added ones a linked list per
// module (head, next, tail), capacity fixed up front. A row reads as the
// first entries then the added ones; its length is `degree`.

export class GrowingAdjacency {
  /** The first entries of row x: `node[start[x] .. start[x+1])`, in the order given. */
  readonly start: Int32Array;
  readonly node: Int32Array;
  /** The added entries of row x: `extra[j]` for j = head[x], next[j], … until -1. */
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly extra: Int32Array;
  private readonly tail: Int32Array;
  private readonly added: Int32Array;
  private size = 0;

  /** The rows `node[start[x] .. start[x+1])` (taken, not copied); room for `capacity` more entries. */
  constructor(start: Int32Array, node: Int32Array, capacity: number) {
    const rows = start.length - 1;
    this.start = start;
    this.node = node;
    this.head = new Int32Array(rows).fill(-1);
    this.tail = new Int32Array(rows).fill(-1);
    this.added = new Int32Array(rows);
    this.next = new Int32Array(capacity);
    this.extra = new Int32Array(capacity);
  }

  /** Rows from the pairs (row[i], entry[i]) for i < count, each row in the order of i; room for `capacity` more. */
  static fromPairs(rows: number, row: Int32Array, entry: Int32Array, count: number, capacity: number): GrowingAdjacency {
    const start = new Int32Array(rows + 1);
    for (let i = 0; i < count; i++) start[row[i] + 1]++;
    for (let x = 0; x < rows; x++) start[x + 1] += start[x];
    const fill = start.slice(0, rows);
    const node = new Int32Array(count);
    for (let i = 0; i < count; i++) node[fill[row[i]]++] = entry[i];
    return new GrowingAdjacency(start, node, capacity);
  }

  /**
   * Row x: `entry[at[k]]` for the k in `offsets[x] .. offsets[x+1])` whose `kept[at[k]]` is set, in that order (`at`
   * absent: k itself), `count` of them in all; room for `capacity` more. The rows of the kept edges of a graph
   * (entry = targets) or of its incoming edges (at = inEdge, entry = sources), as fromPairs of the kept pairs gives.
   */
  static keptRows(offsets: Int32Array, at: Int32Array | undefined, entry: Int32Array, kept: Uint8Array, count: number, capacity: number): GrowingAdjacency {
    const rows = offsets.length - 1;
    const start = new Int32Array(rows + 1);
    const node = new Int32Array(count);
    let i = 0;
    for (let x = 0; x < rows; x++) {
      for (let k = offsets[x]; k < offsets[x + 1]; k++) {
        const e = at === undefined ? k : at[k];
        if (kept[e]) node[i++] = entry[e];
      }
      start[x + 1] = i;
    }
    return new GrowingAdjacency(start, node, capacity);
  }

  /** Entries in row x, first and added. */
  degree(x: number): number {
    return this.start[x + 1] - this.start[x] + this.added[x];
  }

  /** Appends y to row x. */
  add(x: number, y: number): void {
    const j = this.size++;
    this.extra[j] = y;
    this.next[j] = -1;
    if (this.tail[x] < 0) this.head[x] = j;
    else this.next[this.tail[x]] = j;
    this.tail[x] = j;
    this.added[x]++;
  }
}
