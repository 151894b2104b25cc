// One direction of the kept imports during re-insertion: rows of integers for the imports kept at first, and each module's few added ones after them, in the order they were added.
//
// Re-insertion reads every row many times (cycle searches, longest-path
// updates) but adds only the dropped imports that fit, so the first rows are
// one counting sort (no array per module) and the added ones a linked list per
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

  /** Rows from the pairs (row[i], entry[i]) for i < count, each row in the order of i; room for `capacity` more. */
  constructor(rows: number, row: Int32Array, entry: Int32Array, count: number, capacity: number) {
    this.start = new Int32Array(rows + 1);
    for (let i = 0; i < count; i++) this.start[row[i] + 1]++;
    for (let x = 0; x < rows; x++) this.start[x + 1] += this.start[x];
    const fill = this.start.slice(0, rows);
    this.node = new Int32Array(count);
    for (let i = 0; i < count; i++) this.node[fill[row[i]]++] = entry[i];
    this.head = new Int32Array(rows).fill(-1);
    this.tail = new Int32Array(rows).fill(-1);
    this.added = new Int32Array(rows);
    this.next = new Int32Array(capacity);
    this.extra = new Int32Array(capacity);
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
