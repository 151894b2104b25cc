// The data of module pages, in chunks of consecutive module ids, so a module page loads one small file even in a 100,000-module build.
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
  const { graph, edgeEntities, honoured, importers, entityCounts, entityLabels } = facts;
  const out: ModulePageData[] = [];
  const edgeOf = (e: number, other: number): [number, number, string, number, number] => [other, entityCounts[e], entityLabels[e], honoured[e], edgeEntities[e].line];
  for (let v = first; v < Math.min(first + MODULE_CHUNK, graph.nodeCount); v++) {
    const imports: ModulePageData['imports'] = [];
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) imports.push(edgeOf(e, graph.targets[e]));
    const by: ModulePageData['importers'] = [];
    // Already by importer id (importerIndex).
    for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) by.push(edgeOf(importers.edges[i], importers.source[importers.edges[i]]));
    const file = input.files?.[v];
    out.push({
      level: level[v],
      reads: Array.from(order.targets.subarray(order.offsets[v], order.offsets[v + 1])),
      imports,
      importers: by,
      file: file ? pathToFileURL(file).href : null,
    });
  }
  return out;
}
