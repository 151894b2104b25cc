// Writes `importgraph.json`: the whole analysis as one versioned document for tools, made a piece of several items at a time as it is written (never held whole: 190 MB at 100,000 modules).
import { entriesOf, type EdgeEntries } from '../graph/edge-entries.js';
import type { SccCuts } from '../graph/cut-candidates.js';
import type { ImportedFrom } from '../model.js';
import type { GivenUpExplained } from '../order/cycle-explanation.js';
import { ImportEntryDataBuilder, ImportEntryTexts, jsonString, type ImportEntryData } from './import-entry-texts.js';
import { joinedText } from './output-content.js';

export { entitiesJson, jsonString } from './import-entry-texts.js';

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

/** The writer's input as plain data (strings, numbers, typed arrays, plain objects and maps of them), which a worker thread receives as it was sent; the module names go beside it. */
export interface AnalysisJsonData extends Omit<AnalysisJsonInput, 'names' | 'imports' | 'order'> {
  /**
   * Each import by a ref into `entries` (ImportEntryData), by edge: `entryOf`;
   * each module's imports from outside the build: `external.offsets` (by
   * module) into the imported module's name and its entry's ref.
   */
  imports: {
    offsets: Int32Array;
    targets: Int32Array;
    honoured: Uint8Array;
    entryOf: Int32Array;
    external: { offsets: Int32Array; modules: string[]; refs: Int32Array };
    entries: ImportEntryData;
  };
  order: { offsets: Int32Array; targets: Int32Array };
}

/** Each edge's entry as a ref of `builder`'s: a stored entry by its index in the store, any other made into a line and a text now. */
export function edgeRefs(entries: EdgeEntries, builder: ImportEntryDataBuilder): Int32Array {
  const { entryOf, store, others } = entries.parts();
  // Stored entries only, kept by index: the refs are the edges' own.
  if (builder.store === store && builder.byIndex && others.length === 0) return entryOf;
  const refs = new Int32Array(entryOf.length);
  for (let e = 0; e < entryOf.length; e++) {
    const i = entryOf[e]!;
    refs[e] = i >= 0 ? builder.storeRef(i) : builder.otherRef(others[-1 - i]!);
  }
  return refs;
}

/** The input as plain data (AnalysisJsonData): the general path, for entries of any kind. */
export function analysisJsonData(input: AnalysisJsonInput): AnalysisJsonData {
  const { imports } = input;
  const entries = entriesOf(imports.entries);
  const builder = new ImportEntryDataBuilder(entries.parts().store);
  const entryOf = edgeRefs(entries, builder);
  const offsets = new Int32Array(input.names.length + 1);
  const modules: string[] = [];
  const refs: number[] = [];
  for (let a = 0; a < input.names.length; a++) {
    for (const x of imports.external(a)) modules.push(x.module), refs.push(builder.otherRef(x));
    offsets[a + 1] = modules.length;
  }
  const { names: _names, order, ...rest } = input;
  return {
    ...rest,
    imports: { offsets: imports.offsets, targets: imports.targets, honoured: imports.honoured, entryOf, external: { offsets, modules, refs: Int32Array.from(refs) }, entries: builder.data() },
    order: { offsets: order.offsets, targets: order.targets },
  };
}

const str = jsonString;
const nameList = (quoted: readonly string[], ids: ArrayLike<number>): string => `[${Array.from(ids, (v) => quoted[v]).join(', ')}]`;

/** Items of a member are separated by this (`member` and the writers that gather several items in one piece). */
const ITEM_SEPARATOR = ',\n    ';
/** An import item's end, by whether the order honours it. */
const HONOURED = ', "honoured": true}';
const NOT_HONOURED = ', "honoured": false}';
/** A writer gathers items in a piece until it has about this many characters. */
const PIECE_SIZE = 1 << 16;

/** Items joined into pieces of about PIECE_SIZE characters: `add` returns a piece when one is full, `rest` the last. */
class Pieces {
  private text = '';

  add(item: string): string | undefined {
    this.text = this.text === '' ? item : `${this.text}${ITEM_SEPARATOR}${item}`;
    return this.text.length >= PIECE_SIZE ? this.rest() : undefined;
  }

  rest(): string | undefined {
    const piece = this.text;
    this.text = '';
    return piece === '' ? undefined : piece;
  }
}

/** One array member, items one a line: `"key": [\n    a,\n    b\n  ]`, or `"key": []`; a piece of `items` may hold several items joined by ITEM_SEPARATOR. */
function* member(key: string, items: Iterable<string>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? `  ${str(key)}: [\n    ${item}` : `,\n    ${item}`;
    first = false;
  }
  yield first ? `  ${str(key)}: []` : '\n  ]';
}

/** The whole document (see schema/importgraph.schema.json), deterministic: same analysis, same bytes. */
export function analysisJson(input: AnalysisJsonInput): string {
  return joinedText(analysisJsonPieces(input));
}

/** analysisJson's text in pieces of about an item each, for writing as it is made. */
export function analysisJsonPieces(input: AnalysisJsonInput): Generator<string> {
  return analysisDataPieces(input.names, analysisJsonData(input));
}

/** The same text from plain data: what a worker thread runs (text-writers). */
export function* analysisDataPieces(moduleNames: readonly string[], input: AnalysisJsonData): Generator<string> {
  // Each name quoted once: a module is named once per import of it.
  const names = moduleNames.map(str);
  yield `{\n  "importgraph": "analysis",\n  "version": ${ANALYSIS_JSON_VERSION},\n`;
  yield* member('modules', moduleItems(input, names));
  yield ',\n';
  yield* member('externalModules', input.externalModules.map(str));
  yield ',\n';
  yield* member('imports', importItems(input, names));
  yield ',\n';
  yield* member('sccs', sccItems(input, names));
  yield ',\n';
  yield* member('order', orderItems(input, names));
  const cp = input.criticalPath;
  yield `,\n  "criticalPath": {"modules": ${cp.modules}, "cost": ${cp.cost}, "path": ${nameList(names, cp.path)}}`;
  if (input.givenUp !== undefined) {
    yield ',\n';
    yield* member('givenUp', input.givenUp.map((g) => `{"importer": ${str(g.importer)}, "imported": ${str(g.imported)}, "scc": ${g.scc}, "weight": ${g.weight}, "pathModules": ${g.pathModules}, "pathCost": ${g.pathCost}}`));
  }
  if (input.cuts !== undefined) {
    yield ',\n';
    yield* member('cuts', input.cuts.map((c) => cutJson(c, input, names)));
  }
  yield '\n}\n';
}

// Several modules a piece.
function* moduleItems(input: AnalysisJsonData, names: readonly string[]): Generator<string> {
  const pieces = new Pieces();
  for (let v = 0; v < names.length; v++) {
    const cost = input.cost === undefined ? '' : `, "cost": ${input.cost[v]}`;
    const scc = input.sccOf[v] < 0 ? 'null' : String(input.sccOf[v]);
    const full = pieces.add(`{"name": ${names[v]}, "file": ${str(input.files[v])}${cost}, "scc": ${scc}, "level": ${input.level[v]}, "priority": ${input.priorityRank[v]}, "remaining": ${input.remaining[v]}}`);
    if (full !== undefined) yield full;
  }
  const last = pieces.rest();
  if (last !== undefined) yield last;
}

// Several imports a piece, each importer's name quoted once: a million imports at 100,000 modules.
function* importItems(input: AnalysisJsonData, names: readonly string[]): Generator<string> {
  const { offsets, targets, honoured, entryOf, external } = input.imports;
  const entries = new ImportEntryTexts(input.imports.entries);
  const pieces = new Pieces();
  for (let a = 0; a < names.length; a++) {
    const importer = `{"importer": ${names[a]}, "imported": `;
    for (let e = offsets[a]; e < offsets[a + 1]; e++) {
      const ref = entryOf[e];
      const full = pieces.add(`${importer}${names[targets[e]]}, "line": ${entries.line(ref)}, "entities": ${entries.entities(ref)}${honoured[e] === 1 ? HONOURED : NOT_HONOURED}`);
      if (full !== undefined) yield full;
    }
    for (let x = external.offsets[a]; x < external.offsets[a + 1]; x++) {
      const ref = external.refs[x];
      const full = pieces.add(`${importer}${str(external.modules[x])}, "line": ${entries.line(ref)}, "entities": ${entries.entities(ref)}, "honoured": null}`);
      if (full !== undefined) yield full;
    }
  }
  const last = pieces.rest();
  if (last !== undefined) yield last;
}

function* sccItems(input: AnalysisJsonData, names: readonly string[]): Generator<string> {
  for (const s of input.sccs) yield `{"modules": ${nameList(names, s.modules)}, "dot": ${str(s.dot)}}`;
}

// Several modules a piece.
function* orderItems(input: AnalysisJsonData, names: readonly string[]): Generator<string> {
  const { offsets, targets } = input.order;
  const pieces = new Pieces();
  for (let i = 0; i < input.topDown.length; i++) {
    const v = input.topDown[i];
    let reads = '';
    for (let e = offsets[v]; e < offsets[v + 1]; e++) reads = reads === '' ? names[targets[e]] : `${reads}, ${names[targets[e]]}`;
    const full = pieces.add(`{"module": ${names[v]}, "reads": [${reads}]}`);
    if (full !== undefined) yield full;
  }
  const last = pieces.rest();
  if (last !== undefined) yield last;
}

/** `names`: quoted. */
function cutJson(cuts: SccCuts, input: AnalysisJsonData, names: readonly string[]): string {
  const candidates = cuts.candidates.map(
    (c) =>
      `{"weight": ${c.weight}, "sizesAfter": [${c.sizesAfter.join(', ')}], "imports": [${c.imports
        .map((i) => `{"importer": ${names[i.importer]}, "imported": ${names[i.imported]}, "weight": ${i.weight}}`)
        .join(', ')}]}`,
  );
  return `{"scc": ${input.sccOf[cuts.members[0]]}, "internalImports": ${cuts.internalImports}, "feedbackSet": {"count": ${cuts.arcSet.count}, "weight": ${cuts.arcSet.weight}}, "candidates": [${candidates.join(', ')}]}`;
}
