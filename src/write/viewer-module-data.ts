// The data of module pages, in chunks of consecutive module ids, so a module page loads one small file even in a 100,000-module build.
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompactGraph } from '../graph/compact-graph.js';
import { scriptJson } from './script-json.js';
import { DATA_GLOBAL } from './viewer-data-file.js';
import { INTEGER_BYTES, isSmallWhole, putInteger, TextBytes } from './viewer-text-bytes.js';
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

/** What module pages show of the import graph. */
export type ModuleFacts = Pick<ViewerGraphFacts, 'graph' | 'importers' | 'honoured' | 'entityCounts' | 'labelOf' | 'labels' | 'lines'>;

export interface ModuleDataInput {
  facts: ModuleFacts;
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
  /** Where the text is written, and each label's (facts.labels) script-safe JSON kept in it (id + 1; 0 until first used). */
  private readonly out = new TextBytes();
  private readonly labelJson: Int32Array;

  constructor(private readonly input: ModuleDataInput) {
    this.labelJson = new Int32Array(input.facts.labels.length);
  }

  /** The file of chunk `chunk` (modules chunk * MODULE_CHUNK onwards), in pieces of about PIECE bytes, each whole modules. */
  *chunk(chunk: number): Generator<string> {
    const { facts, order, level, files } = this.input;
    const { graph, importers, labelOf, entityCounts, honoured, lines } = facts;
    const out = this.out;
    const first = chunk * MODULE_CHUNK;
    const end = Math.min(first + MODULE_CHUNK, graph.nodeCount);
    // One buffer for all chunks: it is empty at every yield (each piece is taken), so chunks the writer makes at once
    // cannot mix; emptied first in case a chunk before was given up between two writes.
    out.take();
    out.text(`${DATA_GLOBAL}(${scriptJson(`modules/${chunk}`)}, [`);
    for (let v = first; v < end; v++) {
      out.ascii(v === first ? '{"level":' : ',{"level":');
      out.integer(level[v]);
      out.ascii(',"reads":[');
      for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) {
        if (e !== order.offsets[v]) out.ascii(',');
        out.integer(order.targets[e]);
      }
      out.ascii('],"imports":[');
      this.edges(graph.offsets[v], graph.offsets[v + 1], graph.targets, labelOf, entityCounts, honoured, lines, true);
      out.ascii('],"importers":[');
      // Already by importer id (importerIndex).
      for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) this.edges(importers.edges[i], importers.edges[i] + 1, importers.source, labelOf, entityCounts, honoured, lines, i === importers.offsets[v]);
      out.ascii('],"file":');
      const file = files?.[v];
      if (file) writeFileJson(out, file);
      else out.ascii('null');
      out.ascii('}');
      if (out.at >= PIECE) yield out.take();
    }
    out.ascii(']);\n');
    yield out.take();
  }

  /** Edges `from` .. `to` as a module page lists them, each `[other, entities, "label", honoured, line]`, joined by commas (and after one unless `first`). */
  private edges(from: number, to: number, other: Int32Array, label: Int32Array, count: Int32Array, flag: Uint8Array, line: Int32Array | Float64Array, first: boolean): void {
    const out = this.out;
    for (let i = from; i < to; i++) {
      let kept = this.labelJson[label[i]] - 1;
      if (kept < 0) kept = this.keepLabel(label[i]);
      const w = other[i];
      const n = count[i];
      const where = line[i];
      const honoured = flag[i];
      if (!isSmallWhole(w) || !isSmallWhole(n) || !isSmallWhole(where) || honoured > 9) {
        this.edgeSlowly(first && i === from, w, n, kept, honoured, where);
        continue;
      }
      // `,[`, 3 numbers and the label, 4 commas, the honoured digit and `]`.
      const bytes = out.reserve(8 + 3 * INTEGER_BYTES + out.keptBytes(kept));
      let at = out.at;
      if (!first || i !== from) bytes[at++] = COMMA;
      bytes[at++] = OPEN;
      at = putInteger(bytes, at, w);
      bytes[at++] = COMMA;
      at = putInteger(bytes, at, n);
      bytes[at++] = COMMA;
      at = out.putKept(bytes, at, kept);
      bytes[at++] = COMMA;
      bytes[at++] = ZERO + honoured;
      bytes[at++] = COMMA;
      at = putInteger(bytes, at, where);
      bytes[at++] = CLOSE;
      out.at = at;
    }
  }

  // The label's script-safe JSON, kept in `out` the first time it is written: its id there.
  private keepLabel(label: number): number {
    const kept = this.out.keep(scriptJson(this.input.facts.labels[label]));
    this.labelJson[label] = kept + 1;
    return kept;
  }

  // A line past 2^31 (or any number putInteger does not write): each part written as text.
  private edgeSlowly(first: boolean, other: number, count: number, kept: number, honoured: number, line: number): void {
    const out = this.out;
    out.ascii(first ? '[' : ',[');
    out.integer(other);
    out.ascii(',');
    out.integer(count);
    out.ascii(',');
    out.at = out.putKept(out.reserve(out.keptBytes(kept)), out.at, kept);
    out.ascii(`,${honoured},`);
    out.integer(line);
    out.ascii(']');
  }
}

/** About this many bytes of a data file are handed to the writer at a time: small enough to be strings the collector frees young (a data file is about 200 KB at 256 modules). */
const PIECE = 1 << 15;
const COMMA = 44;
const OPEN = 91;
const CLOSE = 93;
const ZERO = 48;

/** fileUrl(file) as script-safe JSON. */
function writeFileJson(out: TextBytes, file: string): void {
  // A resolved absolute path of URL-plain characters is its URL's path, and the URL needs no JSON escape.
  if (process.platform !== 'win32' && writePlainPath(out, file)) return;
  out.text(scriptJson(fileUrl(file)));
}

/**
 * Writes `"file://<file>"` when `file` is an absolute POSIX path of URL-plain
 * characters (`[A-Za-z0-9._/-]`) that resolving leaves as it is (no `//`, no
 * `.` or `..` segment, no trailing `/`), in one pass; else writes nothing and
 * returns false.
 */
function writePlainPath(out: TextBytes, file: string): boolean {
  const length = file.length;
  if (length === 0 || file.charCodeAt(0) !== SLASH) return false;
  const bytes = out.reserve(length + 9);
  let at = out.at;
  for (let i = 0; i < 8; i++) bytes[at++] = FILE_URL_START.charCodeAt(i);
  // Characters since the last `/`, and whether they are all dots (a `.` or `..` segment when 1 or 2).
  let segment = 0;
  let dots = true;
  for (let i = 0; i < length; i++) {
    const c = file.charCodeAt(i);
    if (c === SLASH) {
      if (i > 0 && (segment === 0 || (dots && segment <= 2))) return false;
      segment = 0;
      dots = true;
    } else if (URL_PLAIN[c] === 1) {
      segment++;
      if (c !== DOT) dots = false;
    } else return false;
    bytes[at++] = c;
  }
  if (segment === 0 || (dots && segment <= 2)) return false;
  bytes[at++] = QUOTE;
  out.at = at;
  return true;
}

const FILE_URL_START = '"file://';
const SLASH = 47;
const DOT = 46;
const QUOTE = 34;
/** 1 for the characters of PLAIN_PATH apart from `/`. */
const URL_PLAIN = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-') URL_PLAIN[c.charCodeAt(0)] = 1;

// Characters no file URL encodes: an absolute POSIX path of these alone is its URL's path as it is.
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** pathToFileURL(file).href, without building a URL for the common path that needs no encoding (100,000 URLs cost 0.1 s). */
export function fileUrl(file: string): string {
  if (process.platform === 'win32' || file.endsWith('/')) return pathToFileURL(file).href;
  const absolute = posix.resolve(file);
  return PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(file).href;
}
