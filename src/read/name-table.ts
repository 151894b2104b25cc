// Interns the names met while decoding many files, so a name written a million times is one string, found without slicing the text again.
/*
 * Open addressing with linear probing, FNV-1a hashes of the UTF-16 code
 * units; O(length) per look-up, doubling at half load. The choice: a name
 * is looked up by a range of a text, so a name seen before costs no
 * allocation at all, and equal names are the same string object (cheap to
 * compare and to hash again later). Each slot holds hash, id, and where the
 * name's code units are in one Uint16Array pool, so a look-up compares
 * against contiguous memory and never touches the string objects. A new
 * name is made from the pool, a flat string of its own that does not keep
 * the file's text alive.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Where a name's hash starts; `nameHashStep` adds each code unit (a scanner may hash a name as it reads it: `idOfHashedRange`). */
export const NAME_HASH_START = FNV_OFFSET;

export function nameHashStep(hash: number, codeUnit: number): number {
  return Math.imul(hash ^ codeUnit, FNV_PRIME);
}
/** Int32s per slot. */
const SLOT = 4;
/** Longer names are sliced from the text rather than built from code units. */
const MAX_BUILT = 1024;

/** Names by id, for one batch of files (one `readImportInfos` call). */
export class NameTable {
  private readonly names: string[] = [];
  /** Per id, the file (a counter) in which it was last marked. */
  private readonly marks: number[] = [];
  private file = 0;
  /** Per slot: hash, id + 1 (0: an empty slot), offset in `pool`, length. */
  private slots: Int32Array;
  /** The code units of every name, one after the other. */
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;
  /** What `touchHashed` read (kept so that its reads are not optimised away). */
  touched = 0;

  /** `expectedNames`: about how many names will be added (a bulk reader's file count), so the slots are made once, not doubled again and again. */
  constructor(expectedNames = 0) {
    let slots = 1 << 12;
    while (slots < 2 * expectedNames && slots < 1 << 24) slots *= 2;
    this.slots = new Int32Array(SLOT * slots);
  }

  /** Number of distinct names. */
  get size(): number {
    return this.names.length;
  }

  /** The name with this id. */
  name(id: number): string {
    return this.names[id]!;
  }

  /** The id of `text.slice(start, end)`, adding the name when new (the text is only sliced then). */
  idOfRange(text: string, start: number, end: number): number {
    return this.lookUp(text, start, end, true);
  }

  /** As `idOfRange`, given the range's hash (made with `nameHashStep` from `NAME_HASH_START`). */
  idOfHashedRange(text: string, start: number, end: number, hash: number): number {
    return this.probe(text, start, end, hash, true);
  }

  /** As `idOfHashedRange`, the name being `bytes[start, end)` a character per byte (latin1). */
  idOfHashedBytes(bytes: Buffer, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const pool = this.pool;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const entry = slots[at + 1]!;
      if (entry === 0) return this.addBytes(bytes, start, end, hash, at);
      if (slots[at] !== hash || slots[at + 3] !== length) continue;
      const offset = slots[at + 2]! - start;
      let p = start;
      while (p < end && pool[offset + p] === bytes[p]) p++;
      if (p === end) return entry - 1;
    }
  }

  /**
   * Reads the first slot (and the name it holds) of names `from` to `to` of
   * `ranges`, four integers each (start, end, hash, any), so that looking
   * them up next finds them in the cache: independent reads, whose cache
   * misses the processor overlaps.
   */
  touchHashed(ranges: Int32Array, from: number, to: number): void {
    const slots = this.slots;
    const pool = this.pool;
    const mask = (slots.length >> 2) - 1;
    let sum = 0;
    for (let k = from; k < to; k++) sum ^= slots[((ranges[4 * k + 2]! & mask) << 2) + 2]!;
    for (let k = from; k < to; k++) sum ^= pool[slots[((ranges[4 * k + 2]! & mask) << 2) + 2]!]!;
    this.touched = sum;
  }

  /** The id of a name, or -1 when the table does not have it (nothing is added). */
  find(name: string): number {
    return this.lookUp(name, 0, name.length, false);
  }

  // The id of `text.slice(start, end)`; when it is new, added (`add`) or -1.
  private lookUp(text: string, start: number, end: number, add: boolean): number {
    let h = NAME_HASH_START;
    for (let p = start; p < end; p++) h = nameHashStep(h, text.charCodeAt(p));
    return this.probe(text, start, end, h, add);
  }

  private probe(text: string, start: number, end: number, h: number, add: boolean): number {
    const slots = this.slots;
    const pool = this.pool;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const entry = slots[at + 1]!;
      if (entry === 0) return add ? this.add(text, start, end, h, at) : -1;
      if (slots[at] !== h || slots[at + 3] !== length) continue;
      const offset = slots[at + 2]! - start;
      let p = start;
      while (p < end && pool[offset + p] === text.charCodeAt(p)) p++;
      if (p === end) return entry - 1;
    }
  }

  /** The names with ids from `id` on, in id order (what a worker thread learnt since it last reported). */
  namesFrom(id: number): string[] {
    return this.names.slice(id);
  }

  /** The id of a name, adding it when new. */
  idOf(name: string): number {
    return this.idOfRange(name, 0, name.length);
  }

  /** Starts a new file for `markInFile`. */
  nextFile(): void {
    this.file++;
  }

  /** Marks the name as met in the current file; true when it was already marked there. */
  markInFile(id: number): boolean {
    if (this.marks[id] === this.file) return true;
    this.marks[id] = this.file;
    return false;
  }

  private add(text: string, start: number, end: number, hash: number, at: number): number {
    const length = end - start;
    const offset = this.poolRoom(length);
    for (let p = 0; p < length; p++) this.pool[offset + p] = text.charCodeAt(start + p);
    return this.added(length <= MAX_BUILT ? undefined : text.slice(start, end), length, hash, at);
  }

  private addBytes(bytes: Buffer, start: number, end: number, hash: number, at: number): number {
    const length = end - start;
    const offset = this.poolRoom(length);
    for (let p = 0; p < length; p++) this.pool[offset + p] = bytes[start + p]!;
    // A flat string of its own, made from the bytes at once.
    return this.added(bytes.toString('latin1', start, end), length, hash, at);
  }

  /** Where `length` more code units go in the pool (grown when full). */
  private poolRoom(length: number): number {
    if (this.poolUsed + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + length));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    return this.poolUsed;
  }

  // The name whose `length` code units were just put in the pool, given its id and slot `at` (`name`: the name when made already; else built from its code units).
  private added(name: string | undefined, length: number, hash: number, at: number): number {
    const offset = this.poolUsed;
    this.poolUsed += length;
    const id = this.names.length;
    // Built from code units, the string is flat and independent of the text (a slice would keep all of it).
    const units = this.pool.subarray(offset, offset + length);
    this.names.push(name ?? String.fromCharCode.apply(null, units as unknown as number[]));
    this.marks.push(-1);
    this.slots[at] = hash;
    this.slots[at + 1] = id + 1;
    this.slots[at + 2] = offset;
    this.slots[at + 3] = length;
    // At most half the slots in use.
    if (this.names.length * 2 * SLOT > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let i = 0; i < old.length; i += SLOT) {
      if (old[i + 1] === 0) continue;
      let slot = old[i]! & mask;
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
      // Four stores, not a subarray per slot to copy from (100,000 names: 200,000 such objects).
      const at = slot * SLOT;
      slots[at] = old[i]!;
      slots[at + 1] = old[i + 1]!;
      slots[at + 2] = old[i + 2]!;
      slots[at + 3] = old[i + 3]!;
    }
    this.slots = slots;
  }
}
