// A growable list of 32-bit integers, so a batch of decoded files is one typed array that a worker thread can hand over without copying objects.

/** Appends integers to an Int32Array that doubles when full. */
export class IntList {
  private items = new Int32Array(1024);
  /** Number of integers in the list. */
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const items = new Int32Array(this.items.length * 2);
      items.set(this.items);
      this.items = items;
    }
    this.items[this.length++] = value;
  }

  /** Sets the integer at `index` (< length). */
  set(index: number, value: number): void {
    this.items[index] = value;
  }

  /** The integer at `index` (< length). */
  at(index: number): number {
    return this.items[index]!;
  }

  /** Drops everything from `length` on (to undo what a declined file appended). */
  truncate(length: number): void {
    this.length = length;
  }

  /** The integers, as a view that the next push may leave behind. */
  view(): Int32Array {
    return this.items.subarray(0, this.length);
  }

  /** The integers as an array of exactly their number (a copy). */
  toArray(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
