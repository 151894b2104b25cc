// An import entry whose entity lists stay in the file's text until asked for: reading 100,000 files then keeps one small object per import, not ten.
import type { ImportedEntities, ImportedFrom } from '../model.js';

/** Decodes the entity lists of one file's entries, given where each entry's list starts (its `[`); the fast decoder provides it. */
export interface EntitySource {
  entitiesAt(start: number, more: readonly number[] | undefined): ImportedEntities;
  countAt(start: number, more: readonly number[] | undefined): number;
}

/**
 * `entities` is decoded on first use and then kept; the text was scanned and
 * checked when the file was read, so decoding it again cannot fail. An entry
 * repeated in its file keeps every list start (`more`), merged in order.
 */
export class LazyImportedFrom implements ImportedFrom {
  private decoded: ImportedEntities | undefined;
  private more: number[] | undefined;

  constructor(
    readonly module: string,
    readonly line: number,
    private source: EntitySource | undefined,
    private readonly start: number,
  ) {}

  get entities(): ImportedEntities {
    if (this.decoded === undefined) {
      this.decoded = this.source!.entitiesAt(this.start, this.more);
      this.source = undefined;
    }
    return this.decoded;
  }

  /** How many entities the entry lists, without building them. */
  entityCount(): number {
    return this.source === undefined ? countOf(this.decoded!) : this.source.countAt(this.start, this.more);
  }

  /** A repeated `module_imports_from` for the same module in the same file: its list is merged after the others. */
  addList(start: number): void {
    (this.more ??= []).push(start);
  }

  // Plain data when printed or compared as JSON, as an eagerly decoded entry would be.
  toJSON(): ImportedFrom {
    return { module: this.module, entities: this.entities, line: this.line };
  }
}

function countOf(entities: ImportedEntities): number {
  return entities.types.length + entities.insts.length + entities.modes.length + entities.preds.length + entities.funcs.length + entities.typeclasses.length;
}

/** The number of entities an entry lists; a lazy entry counts them without decoding. */
export function importedEntityCount(entry: ImportedFrom): number {
  return entry instanceof LazyImportedFrom ? entry.entityCount() : countOf(entry.entities);
}
