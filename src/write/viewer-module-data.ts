// The data of module pages, in chunks of consecutive module ids, so a module page loads one small file even in a 100,000-module build.
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompactGraph } from '../graph/compact-graph.js';
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

/** The page data of modules first .. first + MODULE_CHUNK - 1 (fewer at the end). */
export function moduleChunk(input: ModuleDataInput, first: number): ModulePageData[] {
  const { facts, order, level } = input;
  const { graph, honoured, importers, entityCounts, labelOf, labels, lines } = facts;
  const out: ModulePageData[] = [];
  const edgeOf = (e: number, other: number): [number, number, string, number, number] => [other, entityCounts[e], labels[labelOf[e]], honoured[e], lines[e]];
  const end = Math.min(first + MODULE_CHUNK, graph.nodeCount);
  for (let v = first; v < end; v++) {
    const imports: ModulePageData['imports'] = new Array(graph.offsets[v + 1] - graph.offsets[v]);
    for (let e = graph.offsets[v], j = 0; e < graph.offsets[v + 1]; e++, j++) imports[j] = edgeOf(e, graph.targets[e]);
    const by: ModulePageData['importers'] = new Array(importers.offsets[v + 1] - importers.offsets[v]);
    // Already by importer id (importerIndex).
    for (let i = importers.offsets[v], j = 0; i < importers.offsets[v + 1]; i++, j++) by[j] = edgeOf(importers.edges[i], importers.source[importers.edges[i]]);
    const file = input.files?.[v];
    out.push({
      level: level[v],
      reads: Array.from(order.targets.subarray(order.offsets[v], order.offsets[v + 1])),
      imports,
      importers: by,
      file: file ? fileUrl(file) : null,
    });
  }
  return out;
}

// Characters no file URL encodes: an absolute POSIX path of these alone is its URL's path as it is.
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** pathToFileURL(file).href, without building a URL for the common path that needs no encoding (100,000 URLs cost 0.1 s). */
export function fileUrl(file: string): string {
  if (process.platform === 'win32' || file.endsWith('/')) return pathToFileURL(file).href;
  const absolute = posix.resolve(file);
  return PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(file).href;
}
