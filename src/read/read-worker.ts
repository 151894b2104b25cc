// A worker thread's side of bulk reading: takes batches of files until none are left and hands each back with its bytes transferred, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { NameTable } from './name-table.js';
import { readBatch } from './read-batch.js';

/** What the main thread gives a reading worker. */
export interface ReadWorkerData {
  files: readonly string[];
  /** One Int32 shared by every reading thread: the next batch to take. */
  next: Int32Array;
  batchFiles: number;
}

/** A batch read (see `ReadBatch`), or the end of this worker's work. */
export type ReadWorkerMessage = { batch: import('./read-batch.js').ReadBatch } | { done: true };

// Reads batches until none are left.
function readAll({ files, next, batchFiles }: ReadWorkerData): void {
  const table = new NameTable(files.length);
  let reported = 0;
  for (let b = Atomics.add(next, 0, 1); b * batchFiles < files.length; b = Atomics.add(next, 0, 1)) {
    const batch = readBatch(files, b * batchFiles, Math.min(files.length, (b + 1) * batchFiles), table, reported);
    reported = table.size;
    parentPort!.postMessage({ batch } satisfies ReadWorkerMessage, [batch.records.buffer as ArrayBuffer, batch.bytes]);
  }
  parentPort!.postMessage({ done: true } satisfies ReadWorkerMessage);
}

// A worker started before its files were known (`startReadWorkers`) is given them by its first message.
if (workerData === undefined || workerData === null) parentPort!.once('message', (data: ReadWorkerData) => readAll(data));
else readAll(workerData as ReadWorkerData);
