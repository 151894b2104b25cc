// Reads and decodes many `.import_info` files at once, so all their problems are reported together and the result is in a fixed order.

import { availableParallelism, loadavg } from 'node:os';
import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import type { ModuleImports } from '../model.js';
import { mapLimit } from './concurrency.js';
import { FileEntities, SCAN_ENTRY, SCAN_HEADER, decodeImportInfoFast } from './import-info-fast.js';
import { decodeImportInfoAt, type DecodedImportInfo } from './import-info.js';
import { decodeInputText, readInputBytes, readInputBytesAsync } from './input-text.js';
import { ImportStore, StoredModuleImports } from './import-store.js';
import { NameTable } from './name-table.js';
import { FILE_GENERAL, FILE_REREAD } from './read-batch.js';
import { readInThreads, type ThreadBatch } from './read-threads.js';
import { sortByModuleName } from './sort-by-module-name.js';

export interface ReadOptions {
  /** Problems listed in the error before "... and N more"; default 50. */
  maxProblems?: number;
  /**
   * Files read at once with asynchronous reads. Default 1: plain synchronous
   * reads, measured 3-5 times faster than 64 asynchronous reads in flight for
   * small files on a local disk (each async read is four thread-pool trips).
   * A higher value helps on network file systems (and reads on this thread only).
   */
  concurrency?: number;
  /**
   * Threads that read and decode files, this one included (the others are
   * worker threads). Default (`defaultReadThreads`): from `THREADED_FROM`
   * files on, the cores (`os.availableParallelism()`, at most 8) that the
   * load average leaves idle, plus this one; 1 for fewer files, where
   * starting a worker costs about what it saves.
   */
  threads?: number;
  /** Files a thread takes at a time; default 1,024. */
  batchFiles?: number;
  /**
   * Called before any file is reported as unreadable (or read again to say
   * why): throws the error the user should see instead, such as
   * `InputList.check`'s for a listed path that is missing or a directory.
   */
  checkInputs?: () => void;
}

/** From this many files on, reading uses worker threads by default. */
export const THREADED_FROM = 4096;
const MAX_DEFAULT_THREADS = 8;

/**
 * Threads worth reading `fileCount` files with. A worker thread pays only on
 * a core nobody else uses: measured on 2 cores at a load average of 25, two
 * threads read 100,000 files 20-40% slower than one (each thread got no more
 * CPU than before, and the second costs about 25% more CPU in all).
 */
export function defaultReadThreads(fileCount: number, cores = availableParallelism(), load = loadavg()[0]!): number {
  if (fileCount < THREADED_FROM) return 1;
  const idle = Math.floor(Math.min(cores, MAX_DEFAULT_THREADS) - load);
  return Math.max(1, Math.min(cores, MAX_DEFAULT_THREADS, idle + 1));
}

export interface ReadResult {
  /** Sorted by module name in Mercury's order. */
  modules: ModuleImports[];
  bytesRead: number;
}

/**
 * Reads and decodes every file. Problems of all files (bad terms, a module
 * defined twice) are gathered and thrown as one `E_INPUT` error; a file that
 * cannot be read throws `E_NO_INPUT` (the first such file in the list).
 */
export async function readImportInfos(files: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const names = new NameTable(files.length);
  const gathered = new Gathered(options.maxProblems ?? 50, names);
  const concurrency = options.concurrency ?? 1;
  if (concurrency > 1) {
    options.checkInputs?.();
    const decoded = await mapLimit(files, concurrency, async (file) => decodeFile(file, await readInputBytesAsync(file), names));
    for (const d of decoded) gathered.add(d);
  } else {
    const threads = options.threads ?? defaultReadThreads(files.length);
    let checked = options.checkInputs === undefined;
    await readInThreads(files, names, Math.max(1, threads), options.batchFiles ?? 1024, (batch) => {
      // The first file not read asks for the check before it is read again (an error in it is thrown at once, other problems at the end).
      if (!checked && batch.batch.unread > 0) {
        options.checkInputs!();
        checked = true;
      }
      gatherBatch(batch, files, names, gathered);
    });
  }
  return gathered.result();
}

/** One file's bytes decoded as text, then by the fast path or (for any other shape and every problem) the general decoder. */
function decodeFile(file: string, bytes: Uint8Array, names: NameTable): { decoded: DecodedImportInfo | InputProblem[]; bytes: number } {
  try {
    const text = decodeInputText(bytes, file);
    return { decoded: decodeImportInfoFast(text, file, names, true) ?? decodeImportInfoAt(text, file), bytes: bytes.length };
  } catch (e) {
    if (e instanceof ImportGraphError && e.code === 'E_INPUT') return { decoded: [...e.problems], bytes: bytes.length };
    throw e;
  }
}

// A batch's files in order: scanned ones become modules here (entity lists left in the batch's lists text, shared by its files), the others are decoded as one file alone.
function gatherBatch({ batch, ids }: ThreadBatch, files: readonly string[], names: NameTable, gathered: Gathered): void {
  const r = batch.records;
  // One source for the batch's scanned files: their lists are in one text, at positions no two entries share.
  gathered.store.addSource(new FileEntities(names, batch.lists));
  let p = 0;
  for (let f = batch.from; f < batch.to; f++) {
    const file = files[f]!;
    const status = r[p++];
    if (status === FILE_REREAD) {
      gathered.add(decodeFile(file, readInputBytes(file), names));
      continue;
    }
    const start = r[p++]!;
    const length = r[p++]!;
    if (status === FILE_GENERAL) {
      gathered.add(decodeFile(file, new Uint8Array(batch.bytes, start, length), names));
      continue;
    }
    const moduleId = ids === undefined ? r[p]! : ids[r[p]!]!;
    const count = r[p + 3]!;
    const [from, to] = gathered.store.addFile(r, p + SCAN_HEADER, count, ids, names);
    gathered.addModule(new StoredModuleImports(names.name(moduleId), file, gathered.store, from, to), moduleId, r[p + 1]!, r[p + 2]!, length);
    p += SCAN_HEADER + SCAN_ENTRY * count;
  }
}

/** The modules and problems of every file so far, in file order. */
class Gathered {
  private readonly problems: InputProblem[] = [];
  private more = 0;
  /** The modules in file order, and each by its name's id in `names` (ids, not a map by name: 100,000 look-ups in a Map of strings cost more). */
  private readonly modules: ModuleImports[] = [];
  private readonly byName: (ModuleImports | undefined)[] = [];
  private bytesRead = 0;
  /** The scanned files' entries (the others' are objects in their modules). */
  readonly store = new ImportStore();

  constructor(
    private readonly maxProblems: number,
    private readonly names: NameTable,
  ) {}

  add({ decoded, bytes }: { decoded: DecodedImportInfo | InputProblem[]; bytes: number }): void {
    if (!Array.isArray(decoded)) {
      const { imports, modulePosition } = decoded;
      return this.addModule(imports, this.names.idOf(imports.module), modulePosition.line, modulePosition.column, bytes);
    }
    this.bytesRead += bytes;
    for (const p of decoded) this.report(p);
  }

  /** A module read from `bytes` bytes, its name (id `id` in `names`) written at `line`:`column`; a second definition is a problem there. */
  addModule(imports: ModuleImports, id: number, line: number, column: number, bytes: number): void {
    this.bytesRead += bytes;
    const other = this.byName[id];
    if (other === undefined) {
      this.byName[id] = imports;
      this.modules.push(imports);
      return;
    }
    this.report({ file: imports.file, line, column, message: `module \`${imports.module}\` is defined by both ${other.file} and ${imports.file}` });
  }

  private report(p: InputProblem): void {
    if (this.problems.length < this.maxProblems) this.problems.push(p);
    else this.more++;
  }

  result(): ReadResult {
    if (this.problems.length > 0) {
      const lines = this.problems.map(formatProblem);
      if (this.more > 0) lines.push(`... and ${this.more} more`);
      throw new ImportGraphError('E_INPUT', lines.join('\n'), { problems: this.problems });
    }
    this.store.trim();
    return { modules: sortByModuleName(this.modules), bytesRead: this.bytesRead };
  }
}
