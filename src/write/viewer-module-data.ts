// The data of module pages, in chunks of consecutive module ids, so a module page loads one small file even in a 100,000-module build.
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompactGraph } from '../graph/compact-graph.js';
import { BlockText, ByteRun, type BlockItems } from './block-text.js';
import { streamedParts, type TextChunks } from './output-content.js';
import { scriptJson } from './script-json.js';
import { DATA_GLOBAL } from './viewer-data-file.js';
import { isSmallWhole, putInteger } from './viewer-text-bytes.js';
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
 * [ModulePageData, ...]);`: the same bytes as dataScript of the values, each
 * module written straight into the writer's blocks without building them (a
 * 100,000-module build writes 90 MB of these). One per run: what every chunk
 * needs is made once and shared.
 */
export class ModuleChunks {
  /** Each label's `,count,"label",` (script-safe JSON), kept one after another in `middles` when first written: start + 1 (0 until then), end, and the count. */
  private middles = new ByteRun(Buffer.allocUnsafe(1 << 12));
  private middlesEnd = 0;
  private readonly middleStart: Int32Array;
  private readonly middleEnd: Int32Array;
  private readonly middleCount: Int32Array;
  /** The facts read for each edge. */
  private readonly labelOf: Int32Array;
  private readonly entityCounts: Int32Array;
  private readonly honoured: Uint8Array;
  private readonly lines: Int32Array | Float64Array;
  private readonly gathered = new GatheredEdges();

  constructor(private readonly input: ModuleDataInput) {
    const labels = input.facts.labels.length;
    this.middleStart = new Int32Array(labels);
    this.middleEnd = new Int32Array(labels);
    this.middleCount = new Int32Array(labels);
    ({ labelOf: this.labelOf, entityCounts: this.entityCounts, honoured: this.honoured, lines: this.lines } = input.facts);
  }

  /** The file of chunk `chunk` (modules chunk * MODULE_CHUNK onwards), made when written. */
  content(chunk: number): TextChunks {
    const first = chunk * MODULE_CHUNK;
    const end = Math.min(first + MODULE_CHUNK, this.input.facts.graph.nodeCount);
    return streamedParts(() => [`${DATA_GLOBAL}(${scriptJson(`modules/${chunk}`)}, [`, new ModuleItems(this, first, end), ']);\n']);
  }

  /** Module v's page data as JSON, after a comma unless it is the chunk's first. */
  writeModule(out: BlockText, v: number, first: boolean): void {
    const { facts, order, level, files } = this.input;
    const { graph } = facts;
    out.run(first ? LEVEL : NEXT_LEVEL);
    out.number(level[v]!);
    out.run(READS);
    for (let e = order.offsets[v]!; e < order.offsets[v + 1]!; e++) {
      if (e !== order.offsets[v]) out.run(COMMA_RUN);
      out.number(order.targets[e]!);
    }
    out.run(IMPORTS);
    const { labelOf, entityCounts, honoured, lines } = this;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) this.edge(out, graph.targets[e]!, labelOf[e]!, entityCounts[e]!, honoured[e]!, lines[e]!, e !== graph.offsets[v]);
    out.run(IMPORTERS);
    // Already by importer id (importerIndex).
    this.importerEdges(out, v);
    out.run(FILE);
    const file = files?.[v];
    if (file) writeFileJson(out, file);
    else out.run(NULL);
    out.run(MODULE_END);
  }

  /**
   * Module v's importers' edges, their facts first gathered into `gathered`
   * in a loop of loads alone: the edges are far apart in memory, and their
   * loads then overlap instead of each waiting for the one before.
   */
  private importerEdges(out: BlockText, v: number): void {
    const { importers } = this.input.facts;
    const { labelOf, entityCounts, honoured, lines } = this;
    const from = importers.offsets[v]!;
    const count = importers.offsets[v + 1]! - from;
    const g = this.gathered.room(count);
    for (let k = 0; k < count; k++) {
      const e = importers.edges[from + k]!;
      g.other[k] = importers.source[e]!;
      g.label[k] = labelOf[e]!;
      g.count[k] = entityCounts[e]!;
      g.flag[k] = honoured[e]!;
      g.line[k] = lines[e]!;
    }
    for (let k = 0; k < count; k++) this.edge(out, g.other[k]!, g.label[k]!, g.count[k]!, g.flag[k]!, g.line[k]!, k !== 0);
  }

  /** An edge as a module page lists it, `[other, entities, "label", honoured, line]`, after a comma when `comma`. */
  private edge(out: BlockText, other: number, label: number, count: number, flag: number, where: number, comma: boolean): void {
    const { middleStart } = this;
    if (middleStart[label] === 0 && isSmallWhole(count)) this.keepMiddle(label, count);
    if (this.middleCount[label] !== count || middleStart[label] === 0 || !isSmallWhole(other) || !isSmallWhole(where) || flag > 9) {
      this.edgeSlowly(out, comma, other, count, label, flag, where);
      return;
    }
    const bytes = out.bytes;
    let at = out.at;
    if (comma) bytes[at++] = COMMA;
    bytes[at++] = OPEN;
    out.at = putInteger(bytes, at, other);
    out.copy(this.middles, middleStart[label]! - 1, this.middleEnd[label]!);
    at = out.at;
    bytes[at++] = ZERO + flag;
    bytes[at++] = COMMA;
    at = putInteger(bytes, at, where);
    bytes[at++] = CLOSE;
    out.at = at;
  }

  // `,count,"label",` for the label, kept the first time it is written.
  private keepMiddle(label: number, count: number): void {
    const middle = Buffer.from(`,${count},${scriptJson(this.input.facts.labels[label])},`, 'utf8');
    let pool = this.middles.bytes;
    if (this.middlesEnd + middle.length > pool.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * pool.length, this.middlesEnd + middle.length));
      pool.copy(grown, 0, 0, this.middlesEnd);
      this.middles = new ByteRun(grown);
      pool = grown;
    }
    middle.copy(pool, this.middlesEnd);
    this.middleStart[label] = this.middlesEnd + 1;
    this.middlesEnd += middle.length;
    this.middleEnd[label] = this.middlesEnd;
    this.middleCount[label] = count;
  }

  // An edge whose numbers are not all small whole ones (a line past 2^31), or whose label was kept with another count: each part written as text.
  private edgeSlowly(out: BlockText, comma: boolean, other: number, count: number, label: number, honoured: number, line: number): void {
    out.ascii(comma ? ',[' : '[');
    out.number(other);
    out.ascii(',');
    out.number(count);
    out.ascii(',');
    out.text(scriptJson(this.input.facts.labels[label]));
    out.ascii(`,${honoured},`);
    out.number(line);
    out.ascii(']');
  }
}

/** A chunk's modules, one item each. */
class ModuleItems implements BlockItems {
  private v: number;

  constructor(
    private readonly chunks: ModuleChunks,
    private readonly first: number,
    private readonly end: number,
  ) {
    this.v = first;
  }

  write(out: BlockText): boolean {
    if (this.v >= this.end) return false;
    this.chunks.writeModule(out, this.v, this.v === this.first);
    return true;
  }

  next(): void {
    this.v++;
  }
}

/** Facts of a module's importers' edges, gathered before they are written. */
class GatheredEdges {
  other = new Int32Array(64);
  label = new Int32Array(64);
  count = new Int32Array(64);
  flag = new Uint8Array(64);
  line = new Float64Array(64);

  /** These arrays, with room for `count` edges. */
  room(count: number): this {
    if (count > this.other.length) {
      const size = Math.max(count, 2 * this.other.length);
      [this.other, this.label, this.count, this.flag, this.line] = [new Int32Array(size), new Int32Array(size), new Int32Array(size), new Uint8Array(size), new Float64Array(size)];
    }
    return this;
  }
}

const LEVEL = ByteRun.of('{"level":');
const NEXT_LEVEL = ByteRun.of(',{"level":');
const READS = ByteRun.of(',"reads":[');
const IMPORTS = ByteRun.of('],"imports":[');
const IMPORTERS = ByteRun.of('],"importers":[');
const FILE = ByteRun.of('],"file":');
const NULL = ByteRun.of('null');
const MODULE_END = ByteRun.of('}');
const COMMA_RUN = ByteRun.of(',');
const COMMA = 44;
const OPEN = 91;
const CLOSE = 93;
const ZERO = 48;

/** fileUrl(file) as script-safe JSON. */
function writeFileJson(out: BlockText, file: string): void {
  if (process.platform === 'win32' || !RESOLVED_PLAIN_PATH.test(file)) return out.text(scriptJson(fileUrl(file)));
  out.run(FILE_URL_START);
  // ASCII alone, so its Latin-1 bytes are its UTF-8 ones, copied by the runtime (where it does not fit, only counted).
  if (out.at + file.length <= out.bytes.length) out.bytes.write(file, out.at, 'latin1');
  out.at += file.length;
  out.run(QUOTE);
}

/**
 * An absolute POSIX path of URL-plain characters that resolving leaves as it
 * is (no `//`, no `.` or `..` segment, no trailing `/`): its URL's path, and
 * the URL needs no JSON escape.
 */
const RESOLVED_PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._-]+)+$/;
const FILE_URL_START = ByteRun.of('"file://');
const QUOTE = ByteRun.of('"');

// Characters no file URL encodes: an absolute POSIX path of these alone is its URL's path as it is.
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** pathToFileURL(file).href, without building a URL for the common path that needs no encoding (100,000 URLs cost 0.1 s). */
export function fileUrl(file: string): string {
  if (process.platform === 'win32' || file.endsWith('/')) return pathToFileURL(file).href;
  const absolute = posix.resolve(file);
  return PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(file).href;
}
