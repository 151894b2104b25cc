// An import entry whose entity lists stay in the file's text until asked for: reading 100,000 files then keeps one small object per import, not ten.
import type { ImportedEntities, ImportedFrom } from '../model.js';
import type { NameTable } from './name-table.js';
import type { PlainLabelTable } from './plain-label-table.js';
import type { BlockText } from '../write/block-text.js';

/** Entity lists (one file's, or a batch's), by where each entry's list starts (its `[`); the fast decoder provides it (`FileEntities`). */
export interface EntitySource {
  /** The name table the entries name their modules in. */
  readonly names: NameTable;
  /** The entities of the entry whose list starts at `start`, decoded on each call (not kept). */
  entitiesAt(start: number): ImportedEntities;
  /** The same entities as importgraph.json's text (`{"types": [["t", 0]]}`), made without building them; undefined when the list is not of the plain shape. */
  plainEntitiesJsonAt(start: number): string | undefined;
  /** The same text written into `out`; false, with nothing written, when the list is not of the plain shape. */
  writePlainEntitiesJsonAt(start: number, out: BlockText): boolean;
  /** The same entities' one-line label in `labels` (its id), made without building them; -1 when the list is not of the plain shape. */
  plainEntityLabelAt(start: number, labels: PlainLabelTable): number;
  /** How many entities that entry lists, without building them. */
  countAt(start: number): number;
  /** A repeated `module_imports_from` for the same module: the list at `next` is merged after the one at `first`. */
  addList(first: number, next: number): void;
}

/**
 * `entities` is decoded from the file's text on each read and not kept (a
 * million decoded lists would cost hundreds of MB); the text was scanned and
 * checked when the file was read, so decoding it cannot fail. Four fields: with a million imports every field costs
 * 8 MB. The module is kept as its name's id (`nameId` in `source.names`), which the module graph uses as it is.
 */
export class LazyImportedFrom implements ImportedFrom {
  constructor(
    readonly nameId: number,
    readonly line: number,
    private readonly source: EntitySource,
    /** Where the entry's entity list starts in its source's text. */
    readonly start: number,
  ) {}

  get module(): string {
    return this.source.names.name(this.nameId);
  }

  /** The table `nameId` is in. */
  get names(): NameTable {
    return this.source.names;
  }

  get entities(): ImportedEntities {
    return this.source.entitiesAt(this.start);
  }

  /** The entities as importgraph.json writes them, made from the file's text without building them; undefined when the text is not of the plain shape (then write `entities`). */
  plainEntitiesJson(): string | undefined {
    return this.source.plainEntitiesJsonAt(this.start);
  }

  /** As `plainEntitiesJson`, written into `out`; false, with nothing written, when the text is not of the plain shape. */
  writePlainEntitiesJson(out: BlockText): boolean {
    return this.source.writePlainEntitiesJsonAt(this.start, out);
  }

  /** The id in `labels` of the entities' one-line label (write/entity-label) and count, made from the file's text without building them; -1 when the text is not of the plain shape. */
  plainEntityLabel(labels: PlainLabelTable): number {
    return this.source.plainEntityLabelAt(this.start, labels);
  }

  /** How many entities the entry lists, without building them. */
  entityCount(): number {
    return this.source.countAt(this.start);
  }

  // Plain data when printed or compared as JSON, as an eagerly decoded entry would be.
  toJSON(): ImportedFrom {
    return { module: this.module, entities: this.entities, line: this.line };
  }
}

/** Integers per scanned entry: its module name's id, its line, where its entity list starts (the `[`) and ends (after the `]`), how many entities it lists. */
export const SCAN_ENTRY = 5;

/**
 * One file's entries from scanned entries (`SCAN_ENTRY` integers each)
 * at `entries[at...]`, in file order: an entry repeated for one module keeps
 * the first line and merges the later lists after it, as the general decoder
 * does. `ids` maps the entries' ids to `table`'s (a worker thread's own ids),
 * or is undefined when they are `table`'s already.
 */
export function lazyImports(
  entries: ArrayLike<number>,
  at: number,
  count: number,
  ids: ArrayLike<number> | undefined,
  table: NameTable,
  source: EntitySource,
): ImportedFrom[] {
  table.nextFile();
  const imports = new Array<LazyImportedFrom>(count);
  let n = 0;
  for (let k = 0; k < count; k++, at += SCAN_ENTRY) {
    const local = entries[at]!;
    const id = ids === undefined ? local : ids[local]!;
    const start = entries[at + 2]!;
    if (!table.markInFile(id)) {
      imports[n++] = new LazyImportedFrom(id, entries[at + 1]!, source, start);
      continue;
    }
    for (let j = 0; j < n; j++) {
      if (imports[j]!.nameId === id) {
        source.addList(imports[j]!.start, start);
        break;
      }
    }
  }
  imports.length = n;
  return imports;
}

export function countOf(entities: ImportedEntities): number {
  return entities.types.length + entities.insts.length + entities.modes.length + entities.preds.length + entities.funcs.length + entities.typeclasses.length;
}

/** The number of entities an entry lists; a lazy entry counts them without decoding. */
export function importedEntityCount(entry: ImportedFrom): number {
  return entry instanceof LazyImportedFrom ? entry.entityCount() : countOf(entry.entities);
}
