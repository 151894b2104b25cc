// The data of module pages, in chunks of consecutive module ids, so a module page loads one small file even in a 100,000-module build.
import { posix } from 'node:path';
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
  /** Each label's (facts.labels) script-safe JSON string, filled as chunks are made: one array shared by all chunks, so each label is escaped once. */
  labelJson: (string | undefined)[];
}

/**
 * The data file of modules first .. first + MODULE_CHUNK - 1 (fewer at the end),
 * `importgraphData("modules/<chunk>", [ModulePageData, ...]);`, as its text
 * in pieces (one per module): the same bytes as dataScript of the values, made
 * without building them (a 100,000-module build writes 80 MB of these).
 */
export function* moduleChunkText(input: ModuleDataInput, chunk: number): Generator<string> {
  const { facts, order, level, labelJson } = input;
  const { graph, importers, entityCounts, labelOf, labels, honoured, lines } = facts;
  const first = chunk * MODULE_CHUNK;
  const end = Math.min(first + MODULE_CHUNK, graph.nodeCount);
  const edge = (e: number, other: number): string => {
    const id = labelOf[e];
    const label = labelJson[id] ?? (labelJson[id] = scriptJson(labels[id]));
    return `[${other},${entityCounts[e]},${label},${honoured[e]},${lines[e]}]`;
  };
  yield `${DATA_GLOBAL}(${scriptJson(`modules/${chunk}`)}, [`;
  for (let v = first; v < end; v++) {
    let text = `${v === first ? '' : ','}{"level":${level[v]},"reads":[`;
    for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) text += e === order.offsets[v] ? `${order.targets[e]}` : `,${order.targets[e]}`;
    text += '],"imports":[';
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) text += `${e === graph.offsets[v] ? '' : ','}${edge(e, graph.targets[e])}`;
    text += '],"importers":[';
    // Already by importer id (importerIndex).
    for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) {
      const e = importers.edges[i];
      text += `${i === importers.offsets[v] ? '' : ','}${edge(e, importers.source[e])}`;
    }
    const file = input.files?.[v];
    yield `${text}],"file":${file ? scriptJson(fileUrl(file)) : 'null'}}`;
  }
  yield ']);\n';
}

// Characters no file URL encodes: an absolute POSIX path of these alone is its URL's path as it is.
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** pathToFileURL(file).href, without building a URL for the common path that needs no encoding (100,000 URLs cost 0.1 s). */
export function fileUrl(file: string): string {
  if (process.platform === 'win32' || file.endsWith('/')) return pathToFileURL(file).href;
  const absolute = posix.resolve(file);
  return PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(file).href;
}
