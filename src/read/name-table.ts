// Interns the names met while decoding many files, so a name written a million times is one string, found without slicing the text again.
/*
 * Open addressing with linear probing over an Int32Array of ids, FNV-1a
 * hashes of the UTF-16 code units; O(length) per look-up, doubling at half
 * load. The choice: a name can be looked up by a range of a text, so a name
 * seen before costs no allocation at all, and equal names are the same
 * string object (cheap to compare and to hash again later).
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Names by id, for one batch of files (one `readImportInfos` call). */
export class NameTable {
  private readonly names: string[] = [];
  /** Per id, the file (a counter) in which it was last marked. */
  private readonly marks: number[] = [];
  private file = 0;
  /** Per slot, its name's hash and id + 1 side by side (one cache line for both); id + 1 = 0 is an empty slot. */
  private slots = new Int32Array(2 << 12);

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
    let h = FNV_OFFSET;
    for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), FNV_PRIME);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry === 0) return this.add(text.slice(start, end), h, slot);
      if (slots[2 * slot] !== h) continue;
      const id = entry - 1;
      const candidate = this.names[id]!;
      if (candidate.length !== length) continue;
      let p = 0;
      while (p < length && candidate.charCodeAt(p) === text.charCodeAt(start + p)) p++;
      if (p === length) return id;
    }
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

  private add(name: string, hash: number, slot: number): number {
    const id = this.names.length;
    this.names.push(name);
    this.marks.push(-1);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    // At most half the slots in use.
    if (this.names.length * 4 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      const hash = old[i]!;
      let slot = hash & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = old[i + 1]!;
    }
    this.slots = slots;
  }
}
