// importgraph.json's import entries as plain data a worker thread receives as it was sent: stored entries as the store's integers and its batches' list texts, any other entry as its line and entity text made when the data was gathered.
/*
 * An entry is named by a ref: 0 or more is the store's entry of that index
 * (its entities are read from the batch's text as they are written, straight
 * when they have the plain shape, else decoded), below 0 is `-1 - k`, the
 * k-th other entry (one made as an object: library callers, .m inputs,
 * graph inputs, a store whose lists are not text).
 */
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom } from '../model.js';
import { plainEntitiesJson } from '../read/entity-lists-json.js';
import { FileEntities } from '../read/import-info-fast.js';
import type { ImportStore, StoredEntryData } from '../read/import-store.js';
import { LazyImportedFrom } from '../read/lazy-imported-from.js';
import { NameTable } from '../read/name-table.js';

export interface ImportEntryData {
  stored: StoredEntryData | undefined;
  /** Other entries: line, and the index of its entity text in `otherTexts` (each distinct text once). */
  otherLines: Int32Array;
  otherTextOf: Int32Array;
  otherTexts: string[];
}

// Loops and `+=`, not filter/map/join: this runs once per import (a million times at 100,000 modules).
export function entitiesJson(entities: ImportedEntities): string {
  let text = '';
  for (const kind of ENTITY_KINDS) {
    const list = entities[kind];
    if (list.length === 0) continue;
    text += `${text === '' ? '' : ', '}"${kind}": [`;
    for (let i = 0; i < list.length; i++) text += `${i === 0 ? '' : ', '}[${jsonString(list[i].name)}, ${list[i].arity}]`;
    text += ']';
  }
  return `{${text}}`;
}

/** `s` as a JSON string, as JSON.stringify writes it: between quotes as it is when nothing in it needs escaping (a name, a path), which a loop tells faster than JSON.stringify writes it. */
export function jsonString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Control characters, `"`, `\` and surrogates (JSON.stringify escapes a lone one).
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/** An entry's entities as JSON: a lazily read entry's straight from its file's text when it can. */
export function importEntitiesJson(entry: ImportedFrom): string {
  return (entry instanceof LazyImportedFrom ? entry.plainEntitiesJson() : undefined) ?? entitiesJson(entry.entities);
}

/** Gathers entries into ImportEntryData: a store's by index (when its lists are text), any other as its line and text now. */
export class ImportEntryDataBuilder {
  private readonly stored: StoredEntryData | undefined;
  private readonly otherLines: number[] = [];
  private readonly otherTextOf: number[] = [];
  private readonly otherTexts: string[] = [];
  private readonly textIds = new Map<string, number>();

  constructor(readonly store: ImportStore | undefined) {
    this.stored = store?.entryData();
  }

  /** True when the store's entries are named by their index (their lists are text). */
  get byIndex(): boolean {
    return this.stored !== undefined;
  }

  /** The ref of the store's entry i. */
  storeRef(i: number): number {
    return this.stored !== undefined ? i : this.otherRef(this.store!.entry(i));
  }

  otherRef(entry: ImportedFrom): number {
    const text = importEntitiesJson(entry);
    let id = this.textIds.get(text);
    if (id === undefined) this.textIds.set(text, (id = this.otherTexts.length)), this.otherTexts.push(text);
    this.otherLines.push(entry.line);
    this.otherTextOf.push(id);
    return -this.otherLines.length;
  }

  data(): ImportEntryData {
    return { stored: this.stored, otherLines: Int32Array.from(this.otherLines), otherTextOf: Int32Array.from(this.otherTextOf), otherTexts: this.otherTexts };
  }
}

/** Reads ImportEntryData by ref: each entry's line and entities as importgraph.json writes them. */
export class ImportEntryTexts {
  /** Each source as a decoder, made when a list of it is not of the plain shape. */
  private readonly decoders: (FileEntities | undefined)[] = [];
  private lastSource = 0;

  constructor(private readonly data: ImportEntryData) {}

  line(ref: number): number {
    return ref >= 0 ? this.data.stored!.lines[ref]! : this.data.otherLines[-1 - ref]!;
  }

  entities(ref: number): string {
    if (ref < 0) return this.data.otherTexts[this.data.otherTextOf[-1 - ref]!]!;
    const stored = this.data.stored!;
    const s = this.sourceOf(ref);
    const source = stored.sources[s]!;
    const start = stored.starts[ref]!;
    return plainEntitiesJson(source.text, start, source.more?.get(start)) ?? entitiesJson(this.decoder(s).entitiesAt(start));
  }

  private decoder(s: number): FileEntities {
    let decoder = this.decoders[s];
    if (decoder === undefined) {
      const { text, end, more } = this.data.stored!.sources[s]!;
      // Entity names are interned in the table; a table of its own gives the same strings.
      decoder = this.decoders[s] = new FileEntities(new NameTable(), text, end);
      if (more !== undefined) for (const [first, next] of more) for (const at of next) decoder.addList(first, at);
    }
    return decoder;
  }

  /** The source entry i's list is in: the last whose first entry is at or before i (entries are mostly read in order). */
  private sourceOf(i: number): number {
    const { firstOf } = this.data.stored!;
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
    return s;
  }
}
