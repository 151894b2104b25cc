// The data of module pages, in chunks of consecutive module ids, so a module page loads one small file even in a 100,000-module build.
import { pathToFileURL } from 'node:url';
import type { CompactGraph } from '../graph/compact-graph.js';
import { scriptJson } from './script-json.js';
import { DATA_GLOBAL } from './viewer-data-file.js';
import type { ViewerGraphFacts } from './viewer-scc-data.js';

/** Modules per data file. */
export const MODULE_CHUNK = 256;

/** One module's page: an import is [module id, entities crossing it, entities as a line, 1 when honoured, line in its .import_info]. */
export interface ModulePageData {
  level: number;
  /** Modules whose `.trans_opt` it reads directly (its successors in the reduced order). */
  reads: number[];
  imports: [number, number, string, number, number][];
  /** [importer id, entities, entities as a line, 1 when honoured, line in the importer's .import_info]. */
  importers: [number, number, string, number, number][];
  /** `file://` URL of its input file, or null when unknown. */
  file: string | null;
}

export interface ModuleDataInput {
  facts: ViewerGraphFacts;
  order: CompactGraph;
  level: Int32Array;
  /** Input file of each module ('' when unknown). */
  files?: readonly string[];
}

// What JSON.stringify or scriptSafe would change in a string: quotes, backslashes, controls, `<`, U+2028/9, surrogates.
const NEEDS_ESCAPE = /["\\\u0000-\u001f<\u2028\u2029\ud800-\udfff]/;

/**
 * The text of the data file of modules `first` .. `first + MODULE_CHUNK - 1`
 * (fewer at the end): `importgraphData("modules/<k>", [ModulePageData, …]);`,
 * byte for byte what dataScript would make of those objects, in one piece per
 * module. Written directly, not through JSON.stringify: the data are numbers and
 * labels, and a label is escaped (scriptJson) only when it holds a character
 * that needs it — a chunk then builds no object per import.
 */
export function* moduleChunkText(input: ModuleDataInput, key: string, first: number): Generator<string> {
  const { facts, order, level } = input;
  const { graph, edgeEntities, honoured, importers, entityCounts, labelOf } = facts;
  const literal = labelLiterals(facts);
  const edgeText = (e: number, other: number): string =>
    `[${other},${entityCounts[e]},${literal(labelOf[e])},${honoured[e]},${edgeEntities[e].line}]`;
  const end = Math.min(first + MODULE_CHUNK, graph.nodeCount);
  for (let v = first; v < end; v++) {
    let imports = '';
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) imports += (imports === '' ? '' : ',') + edgeText(e, graph.targets[e]);
    let by = '';
    // Already by importer id (importerIndex).
    for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) {
      const e = importers.edges[i];
      by += (by === '' ? '' : ',') + edgeText(e, importers.source[e]);
    }
    const file = input.files?.[v];
    const reads = order.targets.subarray(order.offsets[v], order.offsets[v + 1]).join(',');
    const head = v === first ? `${DATA_GLOBAL}(${scriptJson(key)}, [` : ',';
    yield `${head}{"level":${level[v]},"reads":[${reads}],"imports":[${imports}],"importers":[${by}],"file":${file ? scriptJson(pathToFileURL(file).href) : 'null'}}`;
  }
  yield ']);\n';
}

// Each distinct label as a script-safe JSON string: whether it needs escaping is tested once per label (a label shows on both ends' pages).
const plainOf = new WeakMap<ViewerGraphFacts, Uint8Array>();

function labelLiterals(facts: ViewerGraphFacts): (id: number) => string {
  const { labels } = facts;
  let plain = plainOf.get(facts);
  if (plain === undefined) plainOf.set(facts, (plain = new Uint8Array(labels.length)));
  // 0: not tested yet, 1: written as it is, 2: escaped.
  const known = plain;
  return (id) => {
    if (known[id] === 0) known[id] = NEEDS_ESCAPE.test(labels[id]) ? 2 : 1;
    return known[id] === 1 ? `"${labels[id]}"` : scriptJson(labels[id]);
  };
}
