// Spreads bulk reading over worker threads and this one, so reading 100,000 files uses every core; the batches come back in file order whichever thread read them.
/*
 * Batches of `batchFiles` files are taken from one shared counter
 * (Atomics.add) by this thread and by each worker, so a thread slowed by other
 * load simply takes fewer. This thread reads its batches while the workers
 * start. A worker's name ids are its own: each batch brings the names the
 * worker learnt since its previous one, and they are looked up once in this
 * thread's table (`ids`). A batch a worker took but never handed back (it
 * could not start or failed) is read here afterwards: the result never
 * depends on the workers. Workers may be started before the files are known
 * (`startReadWorkers`, while the input list is expanded): they load their
 * code meanwhile and wait for their files.
 */
import { Worker } from 'node:worker_threads';
import type { NameTable } from './name-table.js';
import { readBatch, type ReadBatch } from './read-batch.js';
import type { ReadWorkerData, ReadWorkerMessage } from './read-worker.js';

const WORKER_URL = new URL('./read-worker.js', import.meta.url);

/** Workers started before their files were known, waiting for them (each removed when it exits). */
const waiting: Worker[] = [];

/**
 * Starts reading workers until `count` wait for their files, so their start
 * (about 50-100 ms: a thread, its isolate, its code) overlaps what this
 * thread does before reading. They do not keep the process alive; those
 * not used by the next `readInThreads` are stopped by it or by
 * `stopReadWorkers`.
 */
export function startReadWorkers(count: number): void {
  while (waiting.length < count) {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL);
    } catch {
      return;
    }
    worker.unref();
    worker.on('error', () => {});
    worker.once('exit', () => {
      const at = waiting.indexOf(worker);
      if (at >= 0) waiting.splice(at, 1);
    });
    waiting.push(worker);
  }
}

/** Stops the workers `startReadWorkers` started that no reading took. */
export function stopReadWorkers(): void {
  for (const worker of waiting.splice(0)) void worker.terminate();
}

/** A batch and how to turn its name ids into `table`'s: undefined when they are `table`'s already. */
export interface ThreadBatch {
  batch: ReadBatch;
  ids: readonly number[] | undefined;
}

/**
 * Every file read and scanned in batches by `threads` threads (this one
 * included), names interned in `table`; each batch is handed to `take` in
 * file order as soon as it and every batch before it are read, so this
 * thread turns batches into modules while the workers read (and each batch's
 * records are dropped once taken). If `take` throws, the workers take no
 * more batches and the error is thrown.
 */
export async function readInThreads(
  files: readonly string[],
  table: NameTable,
  threads: number,
  batchFiles: number,
  take: (batch: ThreadBatch) => void,
): Promise<void> {
  const count = Math.ceil(files.length / batchFiles);
  const batches = new Array<ThreadBatch | undefined>(count);
  let taken = 0;
  const takeReady = (): void => {
    for (let b = batches[taken]; b !== undefined; b = batches[taken]) {
      batches[taken++] = undefined;
      take(b);
    }
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers: Promise<void>[] = [];
  for (let w = 0; w < Math.min(threads, count) - 1; w++) workers.push(runWorker({ files, next, batchFiles }, table, batches));
  // Workers started early that this read does not take stop now, not when it ends.
  stopReadWorkers();
  const readHere = (b: number): ThreadBatch => ({ batch: readBatch(files, b * batchFiles, Math.min(files.length, (b + 1) * batchFiles), table), ids: undefined });
  try {
    for (let b = Atomics.add(next, 0, 1); b < count; b = Atomics.add(next, 0, 1)) {
      batches[b] = readHere(b);
      // The workers' batches arrive as messages, between this thread's batches.
      if (workers.length > 0) await new Promise(setImmediate);
      takeReady();
    }
    await Promise.all(workers);
    for (let b = taken; b < count; b++) batches[b] ??= readHere(b);
    takeReady();
  } catch (e) {
    Atomics.store(next, 0, count);
    throw e;
  }
}

// One worker until it says it is done or exits; its batches go into `batches` as they arrive (a worker's messages arrive in the order sent).
function runWorker(data: ReadWorkerData, table: NameTable, batches: (ThreadBatch | undefined)[]): Promise<void> {
  const ids: number[] = [];
  return new Promise((resolve) => {
    let worker = waiting.shift();
    try {
      if (worker === undefined) worker = new Worker(WORKER_URL, { workerData: data });
      else {
        worker.ref();
        worker.postMessage(data);
      }
    } catch {
      resolve();
      return;
    }
    worker.on('message', (message: ReadWorkerMessage) => {
      if ('done' in message) return resolve();
      const { batch } = message;
      for (const name of batch.names) ids.push(table.idOf(name));
      batches[batch.from / data.batchFiles] = { batch, ids };
    });
    // A worker that fails leaves its batch to this thread; its error is not the reader's to report.
    worker.on('error', () => {});
    worker.on('exit', () => resolve());
  });
}
