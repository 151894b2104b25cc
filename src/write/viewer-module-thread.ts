// Makes the module data files (viewer-module-data) in a worker thread while this one makes the rest: their 80 MB at 100,000 modules cost this thread only taking them.
/*
 * The worker is sent only typed arrays, the labels and the file names, and
 * makes the chunks in order, at most WINDOW ahead of those taken, posting
 * each chunk's bytes (transferred) on a port this thread reads without
 * yielding (receiveMessageOnPort): the files' content stays text made when
 * it is written. A chunk that has not come yet is waited for
 * (Atomics.wait on a shared counter). Whenever the worker cannot give a
 * chunk (it did not start, it failed, it stopped, or a chunk is asked for a
 * second time) the chunk is made here, by the same code: the bytes never
 * depend on the worker.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ModuleChunks, type ModuleDataInput, type ModuleFacts } from './viewer-module-data.js';
import { pieceText, type BytePiece } from './viewer-text-bytes.js';

const WORKER_URL = new URL('./viewer-module-worker.js', import.meta.url);

/** Chunks the worker makes ahead of the last one taken (about 230 KB each at 100,000 modules). */
export const WINDOW = 48;
/** The worker's young generation, small: its garbage is a few objects per piece, and a large one only costs memory. */
const YOUNG_GENERATION_MB = 4;
/** The worker stops when nothing is taken for this long; so does this thread when nothing comes for this long. */
export const IDLE_MS = 120_000;
const NOTHING_CAME_MS = 20_000;

/** Indexes in the shared counters: chunks made (all their pieces posted), chunks taken here, and either side's stop. */
export const CONTROL = { made: 0, taken: 1, stop: 2, failed: 3 } as const;

/** What the worker is started with. */
export interface ModuleThreadStart {
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** What it is sent once the labels are known: the chunks' input without the importer index (it makes that itself), and how many chunks. */
export interface ModuleThreadInput {
  input: Omit<ModuleDataInput, 'facts'> & { facts: Omit<ModuleFacts, 'importers'> };
  count: number;
}

/** One piece of a chunk's bytes; `last` ends the chunk (and has no bytes). */
export interface ChunkPiece extends BytePiece {
  chunk: number;
  last: boolean;
}

/** Module data files by chunk, made in a worker thread when one can be started, else here. */
export class ThreadedModuleChunks {
  private local: ModuleChunks | undefined;
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  /** Pieces come for chunks not yet asked for, by chunk. */
  private readonly arrived = new Map<number, BytePiece[]>();
  /** Chunks whose pieces have all come (in order: the worker makes them so). */
  private complete = 0;
  /** Chunks handed out: asked again, they are made here. */
  private readonly given = new Set<number>();

  /** Starts the worker, which loads its code while this thread makes what the chunks are made from (`start`). */
  constructor() {
    const { port1, port2 } = new MessageChannel();
    try {
      const start: ModuleThreadStart = { control: this.control.buffer as SharedArrayBuffer, port: port2 };
      this.worker = new Worker(WORKER_URL, { workerData: start, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      port1.close();
      return;
    }
    this.port = port1;
    // Neither keeps the process alive: a run that stops early does not wait for them.
    this.worker.unref();
    port1.unref();
    const lost = (): void => {
      Atomics.store(this.control, CONTROL.stop, 1);
    };
    this.worker.on('error', lost);
    this.worker.on('exit', lost);
  }

  /** The chunks' input: the worker starts making them. */
  start(input: ModuleDataInput, count: number): this {
    this.local = new ModuleChunks(input);
    const { graph, honoured, entityCounts, labelOf, labels, lines } = input.facts;
    const sent: ModuleThreadInput = { input: { order: input.order, level: input.level, files: input.files, facts: { graph, honoured, entityCounts, labelOf, labels, lines } }, count };
    try {
      this.port?.postMessage(sent);
    } catch {
      this.stop();
    }
    return this;
  }

  /** The file of chunk `chunk`, as ModuleChunks.chunk makes it. */
  *chunk(chunk: number): Generator<string> {
    const pieces = this.given.has(chunk) ? undefined : this.fromWorker(chunk);
    this.given.add(chunk);
    if (pieces === undefined) return yield* this.local!.chunk(chunk);
    for (const piece of pieces) yield pieceText(piece);
  }

  // The chunk's pieces from the worker, waited for; undefined when the worker will not give them.
  private fromWorker(chunk: number): BytePiece[] | undefined {
    if (this.port === undefined) return undefined;
    let lastMade = -1;
    let since = Date.now();
    for (;;) {
      this.drain();
      if (chunk < this.complete) {
        const pieces = this.arrived.get(chunk);
        this.arrived.delete(chunk);
        return pieces;
      }
      const made = Atomics.load(this.control, CONTROL.made);
      if (made > this.complete) continue;
      if (Atomics.load(this.control, CONTROL.stop) !== 0 || Atomics.load(this.control, CONTROL.failed) !== 0) return this.stop();
      if (made !== lastMade) (lastMade = made), (since = Date.now());
      else if (Date.now() - since > NOTHING_CAME_MS) return this.stop();
      Atomics.wait(this.control, CONTROL.made, made, 100);
    }
  }

  // Takes every piece that has come; the worker may then make more.
  private drain(): void {
    for (let got = receiveMessageOnPort(this.port!); got !== undefined; got = receiveMessageOnPort(this.port!)) {
      const piece = got.message as ChunkPiece;
      if (piece.last) {
        this.complete = piece.chunk + 1;
        Atomics.store(this.control, CONTROL.taken, this.complete);
        Atomics.notify(this.control, CONTROL.taken);
        continue;
      }
      const pieces = this.arrived.get(piece.chunk);
      if (pieces === undefined) this.arrived.set(piece.chunk, [piece]);
      else pieces.push(piece);
    }
  }

  // From now on every chunk is made here; the worker is told to stop.
  private stop(): undefined {
    Atomics.store(this.control, CONTROL.stop, 1);
    Atomics.notify(this.control, CONTROL.taken);
    this.port?.close();
    this.port = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    this.arrived.clear();
    return undefined;
  }
}
