// Keeps a read's import entries as four integer arrays, not an object each: a million imports then cost 16 MB, where objects cost about 70.
import type { ImportedFrom, ModuleImports } from '../model.js';
import { LazyImportedFrom, SCAN_ENTRY, type EntitySource } from './lazy-imported-from.js';
import type { NameTable } from './name-table.js';
import type { PlainLabelTable } from './plain-label-table.js';
import type { BlockText } from '../write/block-text.js';

/**
 * Entries in reading order; entry i names module `nameId(i)` at line
 * `line(i)` and lists `entityCount(i)` entities (counted by the scanners as
 * they read, so auto can weigh a million imports without reading their lists
 * again), its entity list at `starts[i]` in the source (a batch's lists)
 * that was the last added before it: source s holds entries
 * `firstOf[s]` up to the next source's first. An entry object
 * (`LazyImportedFrom`) is made only when asked for (`entry`), and not kept.
 */
export class ImportStore {
  private nameIds: Int32Array = new Int32Array(1024);
  private lines: Int32Array = new Int32Array(1024);
  private starts: Int32Array = new Int32Array(1024);
  private counts: Int32Array = new Int32Array(1024);
  private readonly sources: EntitySource[] = [];
  private readonly firstOf: number[] = [];
  /** The source the last look-up found (entries are mostly read in order). */
  private lastSource = 0;
  length = 0;

  /** Adds a source of entity lists: the entries added after it (`addFile`) are its own. */
  addSource(source: EntitySource): void {
    this.sources.push(source);
    this.firstOf.push(this.length);
  }

  /**
   * One file's entries from scanned entries (`SCAN_ENTRY` integers each) at
   * `entries[at...]`, as `lazyImports` makes them (a repeated module keeps
   * its first line and merges the later lists after it), their lists in the
   * last source added: their range in the store.
   */
  addFile(entries: ArrayLike<number>, at: number, count: number, ids: ArrayLike<number> | undefined, table: NameTable): [number, number] {
    const source = this.sources.length - 1;
    table.nextFile();
    const from = this.length;
    for (let k = 0; k < count; k++, at += SCAN_ENTRY) {
      const local = entries[at]!;
      const id = ids === undefined ? local : ids[local]!;
      const start = entries[at + 2]!;
      if (!table.markInFile(id)) {
        this.add(id, entries[at + 1]!, start, entries[at + 4]!);
        continue;
      }
      for (let j = from; j < this.length; j++) {
        if (this.nameIds[j] === id) {
          this.sources[source]!.addList(this.starts[j]!, start);
          this.counts[j] += entries[at + 4]!;
          break;
        }
      }
    }
    return [from, this.length];
  }

  private add(nameId: number, line: number, start: number, count: number): void {
    if (this.length === this.nameIds.length) this.resize(this.length * 2);
    const i = this.length++;
    this.nameIds[i] = nameId;
    this.lines[i] = line;
    this.starts[i] = start;
    this.counts[i] = count;
  }

  /** Drops the spare room left by growing, once every entry is in. */
  trim(): void {
    this.resize(this.length);
  }

  private resize(size: number): void {
    const grown = (a: Int32Array): Int32Array => {
      const b = new Int32Array(Math.max(size, 1));
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.nameIds = grown(this.nameIds);
    this.lines = grown(this.lines);
    this.starts = grown(this.starts);
    this.counts = grown(this.counts);
  }

  /** The source entry i's list is in: the last one whose first entry is at or before i. */
  private sourceOf(i: number): EntitySource {
    const { firstOf } = this;
    let s = this.lastSource;
    if (firstOf[s]! > i || (s + 1 < firstOf.length && firstOf[s + 1]! <= i)) {
      let lo = 0;
      let hi = firstOf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firstOf[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      this.lastSource = s = lo;
    }
    return this.sources[s]!;
  }

  /** Entry i as an object, made now. */
  entry(i: number): LazyImportedFrom {
    return new LazyImportedFrom(this.nameIds[i]!, this.lines[i]!, this.sourceOf(i), this.starts[i]!);
  }

  nameId(i: number): number {
    return this.nameIds[i]!;
  }

  /** The table entry i's module name id is in. */
  names(i: number): NameTable {
    return this.sourceOf(i).names;
  }

  /** The module entry i imports from. */
  module(i: number): string {
    return this.names(i).name(this.nameIds[i]!);
  }

  line(i: number): number {
    return this.lines[i]!;
  }

  /** As `LazyImportedFrom.entityCount`, without the object nor reading the list: the scanners counted it. */
  entityCount(i: number): number {
    return this.counts[i]!;
  }

  /** As `LazyImportedFrom.writePlainEntitiesJson`, without the object. */
  writePlainEntitiesJson(i: number, out: BlockText): boolean {
    return this.sourceOf(i).writePlainEntitiesJsonAt(this.starts[i]!, out);
  }

  /** As `LazyImportedFrom.plainEntityLabel`, without the object. */
  plainEntityLabel(i: number, labels: PlainLabelTable): number {
    return this.sourceOf(i).plainEntityLabelAt(this.starts[i]!, labels);
  }
}

/** A module read into an `ImportStore`: its entries are `store`'s `[from, to)`, made into objects only when `imports` is read (a new array each time). */
export class StoredModuleImports implements ModuleImports {
  constructor(
    readonly module: string,
    readonly file: string,
    readonly store: ImportStore,
    readonly from: number,
    readonly to: number,
  ) {}

  get imports(): ImportedFrom[] {
    const list = new Array<ImportedFrom>(this.to - this.from);
    for (let i = this.from; i < this.to; i++) list[i - this.from] = this.store.entry(i);
    return list;
  }

  // Plain data when printed or compared as JSON, as a module read eagerly would be.
  toJSON(): ModuleImports {
    return { module: this.module, file: this.file, imports: this.imports };
  }
}
