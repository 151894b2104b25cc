// The reach lists a sweep keeps for later readers, packed one after another in one Int32Array: no typed array allocated per node.
//
// A list is appended at the end; a dropped list leaves a hole. When a list does
// not fit, the lists still kept are moved to the front (in place, in the order
// they were added), and the buffer doubles if they fill more than a quarter of
// it: each number is moved O(1) times on average and the buffer stays within
// about eight times the lists kept at once.

export class ReachListArena {
  /** The lists; node v's is `buffer[start[v] .. start[v] + length[v])`. Replaced when it grows: read it after `keep`. */
  buffer: Int32Array;
  readonly start: Int32Array;
  /** 0: no list kept for the node. */
  readonly length: Int32Array;
  private used = 0;
  /** Nodes in the order their lists were added (kept or dropped since). */
  private readonly added: Int32Array;
  private addedCount = 0;

  constructor(nodeCount: number, initialSize = 1 << 16) {
    this.buffer = new Int32Array(Math.max(1, initialSize));
    this.start = new Int32Array(nodeCount);
    this.length = new Int32Array(nodeCount);
    this.added = new Int32Array(nodeCount);
  }

  /** Keeps `list[0 .. length)` as node v's list (v has none yet). */
  keep(v: number, list: Int32Array, length: number): void {
    if (this.used + length > this.buffer.length) this.makeRoom(length);
    const buffer = this.buffer;
    for (let i = 0, at = this.used; i < length; i++, at++) buffer[at] = list[i]; // short lists: no view made to copy them
    this.start[v] = this.used;
    this.length[v] = length;
    this.used += length;
    this.added[this.addedCount++] = v;
  }

  /** Forgets node v's list. */
  drop(v: number): void {
    this.length[v] = 0;
  }

  // Moves the kept lists to the front, dropping the nodes without one from `added`; doubles the buffer while that leaves it over a quarter full.
  private makeRoom(needed: number): void {
    const { buffer, start, length, added } = this;
    let used = 0;
    let count = 0;
    for (let i = 0; i < this.addedCount; i++) {
      const v = added[i];
      if (length[v] === 0) continue;
      buffer.copyWithin(used, start[v], start[v] + length[v]);
      start[v] = used;
      used += length[v];
      added[count++] = v;
    }
    this.addedCount = count;
    this.used = used;
    let size = buffer.length;
    while (4 * (used + needed) > size) size *= 2;
    if (size > buffer.length) {
      this.buffer = new Int32Array(size);
      this.buffer.set(buffer.subarray(0, used));
    }
  }
}
