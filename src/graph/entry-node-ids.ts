// Finds the node an import entry names: by the reader's name id when the entry has one (an array look-up), so a million imports are not looked up by name in a Map.
import type { ImportedFrom } from '../model.js';
import { LazyImportedFrom } from '../read/lazy-imported-from.js';
import type { ImportStore } from '../read/import-store.js';
import type { NameTable } from '../read/name-table.js';

/** Node ids by module name for `names` (node id = index), asked with import entries. */
export class EntryNodeIds {
  /** The name table of the first entry that had one, and per name id in it the node id (-1: not a node). */
  private table: NameTable | undefined;
  private byNameId = new Int32Array(0);
  private byName: Map<string, number> | undefined;

  constructor(private readonly names: readonly string[]) {}

  /** The node id of the module `entry` imports from, or -1 when it is not one of `names`. */
  of(entry: ImportedFrom): number {
    if (entry instanceof LazyImportedFrom) {
      if (this.table === undefined) this.useTable(entry.names);
      if (entry.names === this.table && entry.nameId < this.byNameId.length) return this.byNameId[entry.nameId]!;
    }
    return this.nodeOfName(entry.module);
  }

  /** The node id of the module entry i of `store` imports from, or -1 when it is not one of `names`. */
  ofStored(store: ImportStore, i: number): number {
    return this.ofNameId(store.names(i), store.nameId(i));
  }

  /** The node id of name `nameId` of `table`, or -1 when it is not one of `names`: for a row of entries that share one table. */
  ofNameId(table: NameTable, nameId: number): number {
    if (this.table === undefined) this.useTable(table);
    if (table === this.table && nameId < this.byNameId.length) return this.byNameId[nameId]!;
    return this.nodeOfName(table.name(nameId));
  }

  private useTable(table: NameTable): void {
    this.table = table;
    this.byNameId = new Int32Array(table.size).fill(-1);
    for (let id = 0; id < this.names.length; id++) {
      const nameId = table.find(this.names[id]!);
      if (nameId >= 0) this.byNameId[nameId] = id;
    }
  }

  private nodeOfName(name: string): number {
    if (this.byName === undefined) {
      this.byName = new Map();
      for (let id = 0; id < this.names.length; id++) this.byName.set(this.names[id]!, id);
    }
    return this.byName.get(name) ?? -1;
  }
}
