// Writes `importgraph.json`: the whole analysis as one versioned document for tools, made a piece of several items at a time as it is written (never held whole: 190 MB at 100,000 modules).
import { entriesOf } from '../graph/edge-entries.js';
import type { SccCuts } from '../graph/cut-candidates.js';
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom } from '../model.js';
import type { GivenUpExplained } from '../order/cycle-explanation.js';
import { LazyImportedFrom } from '../read/lazy-imported-from.js';
import { joinedText } from './output-content.js';

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

/** An import's entities as JSON: a lazily read entry's straight from its file's text when it can (the same text, without building them). */
function importEntitiesJson(entry: ImportedFrom): string {
  return (entry instanceof LazyImportedFrom ? entry.plainEntitiesJson() : undefined) ?? entitiesJson(entry.entities);
}

// Loops and `+=`, not filter/map/join: this runs once per import (a million times at 100,000 modules).
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
export function* analysisJsonPieces(input: AnalysisJsonInput): Generator<string> {
  // Each name quoted once: a module is named once per import of it.
  const names = input.names.map(str);
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
function* moduleItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
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
function* importItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
  const { imports } = input;
  // Entries kept as integers are read through their store, not through the array view's per-index look-up.
  const entries = entriesOf(imports.entries);
  const pieces = new Pieces();
  for (let a = 0; a < names.length; a++) {
    const importer = `{"importer": ${names[a]}, "imported": `;
    for (let e = imports.offsets[a]; e < imports.offsets[a + 1]; e++) {
      const entry = entries.at(e);
      const full = pieces.add(`${importer}${names[imports.targets[e]]}, "line": ${entry.line}, "entities": ${importEntitiesJson(entry)}${imports.honoured[e] === 1 ? HONOURED : NOT_HONOURED}`);
      if (full !== undefined) yield full;
    }
    for (const x of imports.external(a)) {
      const full = pieces.add(`${importer}${str(x.module)}, "line": ${x.line}, "entities": ${importEntitiesJson(x)}, "honoured": null}`);
      if (full !== undefined) yield full;
    }
  }
  const last = pieces.rest();
  if (last !== undefined) yield last;
}

function* sccItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
  for (const s of input.sccs) yield `{"modules": ${nameList(names, s.modules)}, "dot": ${str(s.dot)}}`;
}

// Several modules a piece.
function* orderItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
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
function cutJson(cuts: SccCuts, input: AnalysisJsonInput, names: readonly string[]): string {
  const candidates = cuts.candidates.map(
    (c) =>
      `{"weight": ${c.weight}, "sizesAfter": [${c.sizesAfter.join(', ')}], "imports": [${c.imports
        .map((i) => `{"importer": ${names[i.importer]}, "imported": ${names[i.imported]}, "weight": ${i.weight}}`)
        .join(', ')}]}`,
  );
  return `{"scc": ${input.sccOf[cuts.members[0]]}, "internalImports": ${cuts.internalImports}, "feedbackSet": {"count": ${cuts.arcSet.count}, "weight": ${cuts.arcSet.weight}}, "candidates": [${candidates.join(', ')}]}`;
}
