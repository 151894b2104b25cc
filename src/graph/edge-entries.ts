// The import entry behind each edge of the module graph, kept as one integer per edge: the entry objects are made only when a writer asks for one.
import type { ImportedFrom } from '../model.js';
import type { ImportStore } from '../read/import-store.js';
import { importedEntityCount, LazyImportedFrom } from '../read/lazy-imported-from.js';
import type { PlainLabelTable } from '../read/plain-label-table.js';
import type { BlockText } from '../write/block-text.js';

const EDGE_ENTRIES = Symbol('edge entries');

/**
 * Edge e's entry is entry `entryOf[e]` of `store` when that is 0 or more,
 * else `others[-1 - entryOf[e]]` (an entry read as an object, or several
 * merged into one). Reading one as an object (`at`) makes it anew.
 */
export class EdgeEntries {
  constructor(
    private readonly entryOf: Int32Array,
    private readonly store: ImportStore | undefined,
    private readonly others: readonly ImportedFrom[],
  ) {}

  get length(): number {
    return this.entryOf.length;
  }

  at(e: number): ImportedFrom {
    const i = this.entryOf[e]!;
    return i >= 0 ? this.store!.entry(i) : this.others[-1 - i]!;
  }

  line(e: number): number {
    const i = this.entryOf[e]!;
    return i >= 0 ? this.store!.line(i) : this.others[-1 - i]!.line;
  }

  /** How many entities edge e's entry lists, without decoding them when it can. */
  entityCount(e: number): number {
    const i = this.entryOf[e]!;
    return i >= 0 ? this.store!.entityCount(i) : importedEntityCount(this.others[-1 - i]!);
  }

  /** As `LazyImportedFrom.writePlainEntitiesJson`, without the object; false also for an entry that is an object without the file's text. */
  writePlainEntitiesJson(e: number, out: BlockText): boolean {
    const i = this.entryOf[e]!;
    if (i >= 0) return this.store!.writePlainEntitiesJson(i, out);
    const entry = this.others[-1 - i]!;
    return entry instanceof LazyImportedFrom && entry.writePlainEntitiesJson(out);
  }

  /** As `LazyImportedFrom.plainEntityLabel`; -1 also for an entry that is an object without the file's text. */
  plainEntityLabel(e: number, labels: PlainLabelTable): number {
    const i = this.entryOf[e]!;
    if (i >= 0) return this.store!.plainEntityLabel(i, labels);
    const entry = this.others[-1 - i]!;
    return entry instanceof LazyImportedFrom ? entry.plainEntityLabel(labels) : -1;
  }

  /**
   * The entries as a read-only array (`list[e]` is `at(e)`), for code that
   * indexes one; `edgeEntriesOf` gives this object back from it, for code
   * that reads every edge and should not make an object for each.
   */
  asArray(): readonly ImportedFrom[] {
    const entries = this;
    return new Proxy<ImportedFrom[]>([], {
      get(target, key, receiver) {
        if (typeof key === 'string') {
          const e = indexOf(key);
          if (e >= 0) return e < entries.length ? entries.at(e) : undefined;
          if (key === 'length') return entries.length;
        } else if (key === EDGE_ENTRIES) return entries;
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        const e = typeof key === 'string' ? indexOf(key) : -1;
        return e >= 0 ? e < entries.length : Reflect.has(target, key);
      },
      set() {
        return false;
      },
    });
  }
}

// The array index a property key names, or -1 (a canonical decimal integer only, as arrays read keys).
function indexOf(key: string): number {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const e = Number(key);
  return Number.isInteger(e) && String(e) === key ? e : -1;
}

/** The `EdgeEntries` behind a list made by `asArray`, or undefined for a plain array. */
export function edgeEntriesOf(list: readonly ImportedFrom[]): EdgeEntries | undefined {
  return (list as unknown as { [EDGE_ENTRIES]?: EdgeEntries })[EDGE_ENTRIES];
}

/** Every edge's entry to read by index: the `EdgeEntries` behind a view made by `asArray`, or one over a plain list's own objects. */
export function entriesOf(list: readonly ImportedFrom[]): EdgeEntries {
  return edgeEntriesOf(list) ?? new EdgeEntries(Int32Array.from(list, (_, e) => -1 - e), undefined, list);
}
