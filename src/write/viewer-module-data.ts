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
}

/**
 * The data files of module pages, each `importgraphData("modules/<chunk>",
 * [ModulePageData, ...]);`: the same bytes as dataScript of the values, made as
 * text in pieces without building them (a 100,000-module build writes 80 MB of
 * these). One per run: what every chunk needs is made once and shared.
 */
export class ModuleChunks {
  /** Each label's (facts.labels) script-safe JSON string, made on first use. */
  private readonly labelJson: (string | undefined)[] = [];
  /** Decimal text of 0 .. nodeCount - 1 (module ids, and most counts, levels and lines), made once: 1 M edges write 6 M numbers. */
  private readonly decimal: string[];

  constructor(private readonly input: ModuleDataInput) {
    this.decimal = Array.from({ length: input.facts.graph.nodeCount }, (_, i) => `${i}`);
  }

  /** The file of chunk `chunk` (modules chunk * MODULE_CHUNK onwards), a piece per module. */
  *chunk(chunk: number): Generator<string> {
    const { facts, order, level, files } = this.input;
    const { graph, importers } = facts;
    const first = chunk * MODULE_CHUNK;
    const end = Math.min(first + MODULE_CHUNK, graph.nodeCount);
    yield `${DATA_GLOBAL}(${scriptJson(`modules/${chunk}`)}, [`;
    for (let v = first; v < end; v++) {
      let text = `${v === first ? '' : ','}{"level":${this.number(level[v])},"reads":[`;
      for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) text += `${e === order.offsets[v] ? '' : ','}${this.number(order.targets[e])}`;
      text += '],"imports":[';
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) text += `${e === graph.offsets[v] ? '' : ','}${this.edge(e, graph.targets[e])}`;
      text += '],"importers":[';
      // Already by importer id (importerIndex).
      for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) {
        const e = importers.edges[i];
        text += `${i === importers.offsets[v] ? '' : ','}${this.edge(e, importers.source[e])}`;
      }
      const file = files?.[v];
      yield `${text}],"file":${file ? fileJson(file) : 'null'}}`;
    }
    yield ']);\n';
  }

  /** An import as a module page lists it: `[other, entities, "label", honoured, line]`. */
  private edge(e: number, other: number): string {
    const { entityCounts, labelOf, labels, honoured, lines } = this.input.facts;
    const id = labelOf[e];
    const label = this.labelJson[id] ?? (this.labelJson[id] = scriptJson(labels[id]));
    return `[${this.number(other)},${this.number(entityCounts[e])},${label},${honoured[e]},${this.number(lines[e])}]`;
  }

  /** `${x}` (as JSON writes a whole number). */
  private number(x: number): string {
    return x < this.decimal.length && x >= 0 ? this.decimal[x]! : `${x}`;
  }
}

/** fileUrl(file) as script-safe JSON. */
function fileJson(file: string): string {
  // A resolved absolute path of URL-plain characters is its URL's path, and the URL needs no JSON escape.
  if (process.platform !== 'win32' && PLAIN_PATH.test(file) && !NOT_RESOLVED.test(file)) return `"file://${file}"`;
  return scriptJson(fileUrl(file));
}

/** `//`, a `.` or `..` segment, or a trailing `/`: what posix.resolve would change in a path of PLAIN_PATH's characters. */
const NOT_RESOLVED = /\/(\.\.?)?(\/|$)/;

// Characters no file URL encodes: an absolute POSIX path of these alone is its URL's path as it is.
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** pathToFileURL(file).href, without building a URL for the common path that needs no encoding (100,000 URLs cost 0.1 s). */
export function fileUrl(file: string): string {
  if (process.platform === 'win32' || file.endsWith('/')) return pathToFileURL(file).href;
  const absolute = posix.resolve(file);
  return PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(file).href;
}
