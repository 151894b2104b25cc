// Writes `importgraph.json`: the whole analysis as one versioned document for tools, made one small piece per item as it is written (never held whole: 190 MB at 100,000 modules).
import type { SccCuts } from '../graph/cut-candidates.js';
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom } from '../model.js';
import type { GivenUpExplained } from '../order/cycle-explanation.js';
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

const str = (s: string): string => JSON.stringify(s);
const nameList = (quoted: readonly string[], ids: ArrayLike<number>): string => `[${Array.from(ids, (v) => quoted[v]).join(', ')}]`;

// Loops and `+=`, not filter/map/join: this runs once per import (a million times at 100,000 modules).
function entitiesJson(entities: ImportedEntities): string {
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

/** One array member, items one a line: `"key": [\n    a,\n    b\n  ]`, or `"key": []`. */
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

function* moduleItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
  for (let v = 0; v < names.length; v++) {
    const cost = input.cost === undefined ? '' : `, "cost": ${input.cost[v]}`;
    const scc = input.sccOf[v] < 0 ? 'null' : String(input.sccOf[v]);
    yield `{"name": ${names[v]}, "file": ${str(input.files[v])}${cost}, "scc": ${scc}, "level": ${input.level[v]}, "priority": ${input.priorityRank[v]}, "remaining": ${input.remaining[v]}}`;
  }
}

function* importItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
  const { imports } = input;
  for (let a = 0; a < names.length; a++) {
    for (let e = imports.offsets[a]; e < imports.offsets[a + 1]; e++) {
      const entry = imports.entries[e];
      yield `{"importer": ${names[a]}, "imported": ${names[imports.targets[e]]}, "line": ${entry.line}, "entities": ${entitiesJson(entry.entities)}, "honoured": ${imports.honoured[e] === 1}}`;
    }
    for (const x of imports.external(a)) {
      yield `{"importer": ${names[a]}, "imported": ${str(x.module)}, "line": ${x.line}, "entities": ${entitiesJson(x.entities)}, "honoured": null}`;
    }
  }
}

function* sccItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
  for (const s of input.sccs) yield `{"modules": ${nameList(names, s.modules)}, "dot": ${str(s.dot)}}`;
}

function* orderItems(input: AnalysisJsonInput, names: readonly string[]): Generator<string> {
  for (let i = 0; i < input.topDown.length; i++) {
    const v = input.topDown[i];
    yield `{"module": ${names[v]}, "reads": ${nameList(names, input.order.targets.subarray(input.order.offsets[v], input.order.offsets[v + 1]))}}`;
  }
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
