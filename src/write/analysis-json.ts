// Writes `importgraph.json`: the whole analysis as one versioned document for tools, written straight into the file's blocks an item at a time as it is written (never held whole: 190 MB at 100,000 modules).
import { entriesOf } from '../graph/edge-entries.js';
import type { SccCuts } from '../graph/cut-candidates.js';
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom } from '../model.js';
import type { GivenUpExplained } from '../order/cycle-explanation.js';
import { LazyImportedFrom } from '../read/lazy-imported-from.js';
import { BlockText, ByteRun, type BlockItems } from './block-text.js';
import { joinedText, streamedParts } from './output-content.js';

/** The document's format version: bumped when a field changes meaning or goes away (new optional fields keep it). */
export const ANALYSIS_JSON_VERSION = 1;

/** What the writer needs, as plain arrays on the module ids (names in Mercury's name order). */
export interface AnalysisJsonInput {
  names: readonly string[];
  files: readonly string[];
  /** Module costs when the run had any (--weights, or a JSON graph's own). */
  cost?: Float64Array;
  /** Index into `sccs` of each module's SCC, -1 when it is alone. */
  sccOf: Int32Array;
  /** Level: 0 for a module that reads nothing, else one more than the highest it reads. */
  level: Int32Array;
  /** Rank in the build priority (0 starts first) and the work waiting on each module. */
  priorityRank: Int32Array;
  remaining: Float64Array;
  externalModules: readonly string[];
  /**
   * Import graph rows (importer → imported), each import's entry (its entities are read as the import is written,
   * so lazily read entries are decoded one at a time), whether the order honours it, and each module's imports
   * from outside the build (asked for as the module's imports are written).
   */
  imports: { offsets: Int32Array; targets: Int32Array; entries: readonly ImportedFrom[]; honoured: Uint8Array; external: (module: number) => readonly ImportedFrom[] };
  sccs: readonly { modules: Int32Array; dot: string }[];
  /** Reduced order rows (module → what it reads), listed in `topDown`. */
  order: { offsets: Int32Array; targets: Int32Array };
  topDown: ArrayLike<number>;
  criticalPath: { modules: number; cost: number; path: ArrayLike<number> };
  /** With --order auto: the imports given up, each with its SCC index. */
  givenUp?: readonly (GivenUpExplained & { scc: number })[];
  cuts?: readonly SccCuts[];
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

const str = jsonString;
const nameList = (names: readonly string[], ids: ArrayLike<number>): string => `[${Array.from(ids, (v) => str(names[v]!)).join(', ')}]`;

/** Items of a member are separated by this. */
const ITEM_SEPARATOR = ByteRun.of(',\n    ');
const COMMA = ByteRun.of(', ');
const MEMBER_END = ByteRun.of('\n  ]');
/** The constant parts of the items, encoded once. */
const IMPORTER = ByteRun.of('{"importer": ');
const IMPORTED = ByteRun.of(', "imported": ');
const LINE = ByteRun.of(', "line": ');
const ENTITIES = ByteRun.of(', "entities": ');
/** An import item's end, by whether the order honours it (null: from outside the build). */
const HONOURED = ByteRun.of(', "honoured": true}');
const NOT_HONOURED = ByteRun.of(', "honoured": false}');
const OUTSIDE = ByteRun.of(', "honoured": null}');
const NAME = ByteRun.of('{"name": ');
const FILE = ByteRun.of(', "file": ');
const COST = ByteRun.of(', "cost": ');
const SCC = ByteRun.of(', "scc": ');
const NO_SCC = ByteRun.of(', "scc": null');
const LEVEL = ByteRun.of(', "level": ');
const PRIORITY = ByteRun.of(', "priority": ');
const REMAINING = ByteRun.of(', "remaining": ');
const MODULE = ByteRun.of('{"module": ');
const READS = ByteRun.of(', "reads": [');
const READS_END = ByteRun.of(']}');

/** `s` as jsonString writes it, into `out`. */
function putString(out: BlockText, s: string): void {
  if (!out.plainJsonString(s)) out.text(JSON.stringify(s));
}

/** An import's entities as JSON: a lazily read entry's straight from its file's text when it can (the same text, without building them). */
function putImportEntities(out: BlockText, entry: ImportedFrom): void {
  if (!(entry instanceof LazyImportedFrom && entry.writePlainEntitiesJson(out))) out.text(entitiesJson(entry.entities));
}

// Loops and `+=`, not filter/map/join: the general writer, for entries not read lazily or not of the plain shape.
export function entitiesJson(entities: ImportedEntities): string {
  let text = '';
  for (const kind of ENTITY_KINDS) {
    const list = entities[kind];
    if (list.length === 0) continue;
    text += `${text === '' ? '' : ', '}"${kind}": [`;
    for (let i = 0; i < list.length; i++) text += `${i === 0 ? '' : ', '}[${str(list[i].name)}, ${list[i].arity}]`;
    text += ']';
  }
  return `{${text}}`;
}

/** Strings (the modules' names, the files' paths) quoted as JSON, kept as UTF-8 one after another: a name is written once per import of it, copied. */
class QuotedNames {
  private readonly run: ByteRun;
  private readonly starts: Int32Array;

  constructor(strings: readonly string[]) {
    this.starts = new Int32Array(strings.length + 1);
    // Room for all when they are ASCII and need no escape (as usual); else the bytes counted are made room for and written again.
    let size = 2 * strings.length;
    for (const s of strings) size += s.length;
    const out = new BlockText();
    for (;;) {
      out.target(Buffer.allocUnsafe(size), 0);
      for (let v = 0; v < strings.length; v++) {
        this.starts[v] = out.at;
        putString(out, strings[v]!);
      }
      this.starts[strings.length] = out.at;
      if (out.at <= size) break;
      size = out.at;
    }
    this.run = new ByteRun(out.bytes.subarray(0, out.at));
  }

  /** The bytes of name `v`, quoted. */
  length(v: number): number {
    return this.starts[v + 1]! - this.starts[v]!;
  }

  put(out: BlockText, v: number): void {
    out.copy(this.run, this.starts[v]!, this.starts[v + 1]!);
  }

  /** Names `ids` joined by `, `. */
  putList(out: BlockText, ids: ArrayLike<number>, from = 0, to = ids.length): void {
    for (let i = from; i < to; i++) {
      if (i > from) out.run(COMMA);
      this.put(out, ids[i]!);
    }
  }
}

/** One array member, items one a line: `  "key": [\n    a,\n    b\n  ]`, or `  "key": []`; its last item is the member's end. */
class Member implements BlockItems {
  private readonly head: ByteRun;
  private readonly empty: ByteRun;
  private first = true;
  private closing = false;
  private closed = false;

  constructor(
    key: string,
    private readonly items: BlockItems,
  ) {
    this.head = ByteRun.of(`  ${str(key)}: [\n    `);
    this.empty = ByteRun.of(`  ${str(key)}: []`);
  }

  write(out: BlockText): boolean {
    if (this.closed) return false;
    const at = out.at;
    out.run(this.first ? this.head : ITEM_SEPARATOR);
    if (!this.closing && this.items.write(out)) return true;
    out.at = at;
    this.closing = true;
    out.run(this.first ? this.empty : MEMBER_END);
    return true;
  }

  next(): void {
    if (this.closing) this.closed = true;
    else {
      this.first = false;
      this.items.next();
    }
  }
}

/** A member's items one per index, `0 .. count - 1`, each written by `writeItem`. */
class IndexedItems implements BlockItems {
  private i = 0;

  constructor(
    private readonly count: number,
    private readonly writeItem: (out: BlockText, i: number) => void,
  ) {}

  write(out: BlockText): boolean {
    if (this.i >= this.count) return false;
    this.writeItem(out, this.i);
    return true;
  }

  next(): void {
    this.i++;
  }
}

/** Items made as strings (the small members). */
function textItems(texts: readonly string[]): IndexedItems {
  return new IndexedItems(texts.length, (out, i) => out.text(texts[i]!));
}

/** The whole document (see schema/importgraph.schema.json), deterministic: same analysis, same bytes. */
export function analysisJson(input: AnalysisJsonInput): string {
  return joinedText(streamedParts(() => analysisJsonParts(input)).chunks());
}

/** analysisJson's text in parts, the large members' items written straight into the file's blocks (ContentBytes). */
export function* analysisJsonParts(input: AnalysisJsonInput): Generator<string | BlockItems> {
  // Each name quoted and encoded once: a module is named once per import of it.
  const names = new QuotedNames(input.names);
  yield `{\n  "importgraph": "analysis",\n  "version": ${ANALYSIS_JSON_VERSION},\n`;
  yield new Member('modules', moduleItems(input, names));
  yield ',\n';
  yield new Member('externalModules', textItems(input.externalModules.map(str)));
  yield ',\n';
  yield new Member('imports', new ImportItems(input, names));
  yield ',\n';
  yield new Member('sccs', sccItems(input, names));
  yield ',\n';
  yield new Member('order', orderItems(input, names));
  const cp = input.criticalPath;
  yield `,\n  "criticalPath": {"modules": ${cp.modules}, "cost": ${cp.cost}, "path": ${nameList(input.names, cp.path)}}`;
  if (input.givenUp !== undefined) {
    yield ',\n';
    const givenUp = input.givenUp.map((g) => `{"importer": ${str(g.importer)}, "imported": ${str(g.imported)}, "scc": ${g.scc}, "weight": ${g.weight}, "pathModules": ${g.pathModules}, "pathCost": ${g.pathCost}}`);
    yield new Member('givenUp', textItems(givenUp));
  }
  if (input.cuts !== undefined) {
    yield ',\n';
    yield new Member('cuts', textItems(input.cuts.map((c) => cutJson(c, input))));
  }
  yield '\n}\n';
}

function moduleItems(input: AnalysisJsonInput, names: QuotedNames): IndexedItems {
  // The files' paths quoted, encoded once for all (one run, as the names).
  const files = new QuotedNames(input.files);
  return new IndexedItems(input.names.length, (out, v) => {
    out.run(NAME);
    names.put(out, v);
    out.run(FILE);
    files.put(out, v);
    if (input.cost !== undefined) {
      out.run(COST);
      out.number(input.cost[v]!);
    }
    if (input.sccOf[v]! < 0) out.run(NO_SCC);
    else {
      out.run(SCC);
      out.number(input.sccOf[v]!);
    }
    out.run(LEVEL);
    out.number(input.level[v]!);
    out.run(PRIORITY);
    out.number(input.priorityRank[v]!);
    out.run(REMAINING);
    out.number(input.remaining[v]!);
    out.ascii('}');
  });
}

/**
 * Each importer's imports as one item: those in the graph, then those from
 * outside the build (asked for once per importer), joined as the member's
 * items are. A million imports at 100,000 modules are written a call per
 * importer, each importer's part of them made once.
 */
class ImportItems implements BlockItems {
  private readonly imports: AnalysisJsonInput['imports'];
  // Entries kept as integers are read through their store, not through the array view's per-index look-up.
  private readonly entries: ReturnType<typeof entriesOf>;
  /** The importer, and its imports from outside the build once asked for. */
  private a = 0;
  private outside: readonly ImportedFrom[] = [];
  private outsideOf = -1;
  /** `,\n    {"importer": NAME, "imported": ` for importer `prefixOf`: an import's start after the item separator. */
  private prefix = new ByteRun(Buffer.alloc(256));
  private prefixLength = 0;
  private prefixOf = -1;
  private readonly prefixText = new BlockText();

  constructor(
    input: AnalysisJsonInput,
    private readonly names: QuotedNames,
  ) {
    this.imports = input.imports;
    this.entries = entriesOf(input.imports.entries);
  }

  write(out: BlockText): boolean {
    const { offsets } = this.imports;
    const last = offsets.length - 1;
    while (this.a < last && offsets[this.a] === offsets[this.a + 1] && this.outsideImports().length === 0) this.a++;
    if (this.a >= last) return false;
    if (this.prefixOf !== this.a) this.makePrefix();
    const end = offsets[this.a + 1]!;
    // The importer's first import without the item separator before it, the others with it.
    for (let e = offsets[this.a]!; e < end; e++) this.putInGraph(out, e, e === offsets[this.a] ? ITEM_SEPARATOR.length : 0);
    const outside = this.outsideImports();
    for (let k = 0; k < outside.length; k++) this.putOutside(out, outside[k]!, k > 0 || end > offsets[this.a]! ? 0 : ITEM_SEPARATOR.length);
    return true;
  }

  next(): void {
    this.a++;
  }

  /** Import `e`, from `from` in the prefix (0: with the item separator before it). */
  private putInGraph(out: BlockText, e: number, from: number): void {
    const { entries, imports } = this;
    out.copy(this.prefix, from, this.prefixLength);
    this.names.put(out, imports.targets[e]!);
    out.run(LINE);
    out.number(entries.line(e));
    out.run(ENTITIES);
    if (!entries.writePlainEntitiesJson(e, out)) out.text(entitiesJson(entries.at(e).entities));
    out.run(imports.honoured[e] === 1 ? HONOURED : NOT_HONOURED);
  }

  /** An import from outside the build, as `putInGraph`. */
  private putOutside(out: BlockText, entry: ImportedFrom, from: number): void {
    out.copy(this.prefix, from, this.prefixLength);
    putString(out, entry.module);
    out.run(LINE);
    out.number(entry.line);
    out.run(ENTITIES);
    putImportEntities(out, entry);
    out.run(OUTSIDE);
  }

  private outsideImports(): readonly ImportedFrom[] {
    if (this.outsideOf !== this.a) [this.outside, this.outsideOf] = [this.imports.external(this.a), this.a];
    return this.outside;
  }

  private makePrefix(): void {
    const { a, names } = this;
    const length = ITEM_SEPARATOR.length + IMPORTER.length + names.length(a) + IMPORTED.length;
    if (this.prefix.length < length) this.prefix = new ByteRun(Buffer.alloc(2 * length));
    const text = this.prefixText;
    text.target(this.prefix.bytes, 0);
    text.run(ITEM_SEPARATOR);
    text.run(IMPORTER);
    names.put(text, a);
    text.run(IMPORTED);
    this.prefixOf = a;
    this.prefixLength = text.at;
  }
}

function sccItems(input: AnalysisJsonInput, names: QuotedNames): IndexedItems {
  return new IndexedItems(input.sccs.length, (out, i) => {
    const s = input.sccs[i]!;
    out.ascii('{"modules": [');
    names.putList(out, s.modules);
    out.ascii('], "dot": ');
    putString(out, s.dot);
    out.ascii('}');
  });
}

/** Each module in `topDown` with what it reads in the reduced order. */
function orderItems(input: AnalysisJsonInput, names: QuotedNames): IndexedItems {
  const { offsets, targets } = input.order;
  return new IndexedItems(input.topDown.length, (out, i) => {
    const v = input.topDown[i]!;
    out.run(MODULE);
    names.put(out, v);
    out.run(READS);
    names.putList(out, targets, offsets[v]!, offsets[v + 1]!);
    out.run(READS_END);
  });
}

function cutJson(cuts: SccCuts, input: AnalysisJsonInput): string {
  const name = (v: number): string => str(input.names[v]!);
  const candidates = cuts.candidates.map(
    (c) =>
      `{"weight": ${c.weight}, "sizesAfter": [${c.sizesAfter.join(', ')}], "imports": [${c.imports
        .map((i) => `{"importer": ${name(i.importer)}, "imported": ${name(i.imported)}, "weight": ${i.weight}}`)
        .join(', ')}]}`,
  );
  return `{"scc": ${input.sccOf[cuts.members[0]]}, "internalImports": ${cuts.internalImports}, "feedbackSet": {"count": ${cuts.arcSet.count}, "weight": ${cuts.arcSet.weight}}, "candidates": [${candidates.join(', ')}]}`;
}
