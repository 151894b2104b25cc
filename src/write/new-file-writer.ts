// New small files are written by a worker thread, all handed over at once: creating a file costs about 0.1 ms here, which on this thread would wait behind its work, and through the thread pool takes three round trips each.
/*
 * The files go in one message, in order; the worker writes them one after
 * another and says how each went, a few dozen at a time. Whatever goes wrong
 * with the worker (it cannot start, it dies), the files it has not reported
 * are written here instead, one after another: the result never depends on
 * the worker. The worker keeps the process alive only while it has files.
 */
import { writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { OutputContent } from './output-content.js';

const WORKER_URL = new URL('./new-file-worker.js', import.meta.url);

/** Whole contents up to this many bytes (a string: UTF-16 units) are written by the worker; larger ones a block at a time by the writer that compares. */
export const SMALL_FILE_BYTES = 256 << 10;

/** Content held whole and small enough for the worker. */
export function isSmallWholeContent(content: OutputContent): content is string | Uint8Array {
  return (typeof content === 'string' || content instanceof Uint8Array) && content.length <= SMALL_FILE_BYTES;
}

/** A file to write: its path is not there yet, its content is whole. */
interface NewFileJob {
  id: number;
  path: string;
  content: string | Uint8Array;
}

/** Files for the worker, their bytes one after the other in one buffer that is moved, not copied (the worker's heap holds no text). */
export interface NewFileBatch {
  ids: Int32Array;
  paths: string[];
  /** Where each file's bytes end in `bytes`. */
  ends: Int32Array;
  bytes: ArrayBuffer;
}

/** A batch's bytes are at most about this many (a larger file goes alone). */
const BATCH_BYTES = 16 << 20;

/** How a file went: an error is the file system's, as its message and code. */
export interface NewFileReply {
  id: number;
  error?: { message: string; code?: string };
}

export class NewFileWriter {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, WaitingFile>();
  private lastId = 0;
  private closed = false;

  /** `workerUrl`: the worker's script (tests name one that cannot start, to see the files written here instead). */
  constructor(workerUrl: URL = WORKER_URL) {
    try {
      this.worker = new Worker(workerUrl);
    } catch {
      return;
    }
    this.worker.unref();
    this.worker.on('message', (replies: NewFileReply[]) => {
      for (const reply of replies) this.settle(reply);
      if (this.waiting.size === 0) this.worker?.unref();
    });
    // Once (an error is followed by an exit): the files not reported are written here.
    const lost = (): void => {
      if (this.worker === undefined) return;
      this.worker = undefined;
      if (!this.closed) void writeHere([...this.waiting.values()], (reply) => this.settle(reply));
    };
    this.worker.on('error', lost);
    this.worker.on('exit', lost);
  }

  /** Writes each file, in order; a promise per file, rejected with the file system's error. */
  write(files: readonly { path: string; content: string | Uint8Array }[]): Promise<void>[] {
    const jobs = files.map((f) => new WaitingFile({ id: ++this.lastId, path: f.path, content: f.content }));
    for (const job of jobs) this.waiting.set(job.job.id, job);
    if (this.worker === undefined) void writeHere(jobs, (reply) => this.settle(reply));
    else {
      this.worker.ref();
      for (const batch of batches(jobs.map((j) => j.job))) this.worker.postMessage(batch, [batch.bytes]);
    }
    return jobs.map((j) => j.done);
  }

  /** No more files: the worker stops (every file given has been reported by then). */
  close(): void {
    this.closed = true;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private settle(reply: NewFileReply): void {
    const file = this.waiting.get(reply.id);
    if (file === undefined) return;
    this.waiting.delete(reply.id);
    file.settle(reply);
  }
}

class WaitingFile {
  readonly done: Promise<void>;
  settle!: (reply: NewFileReply) => void;

  constructor(readonly job: NewFileJob) {
    this.done = new Promise((resolve, reject) => {
      this.settle = (reply) => (reply.error === undefined ? resolve() : reject(Object.assign(new Error(reply.error.message), { code: reply.error.code })));
    });
    // A failure is the caller's to await; not an unhandled rejection meanwhile.
    this.done.catch(() => undefined);
  }
}

// The jobs' bytes in buffers of about BATCH_BYTES, each with its files' ids, paths and ends.
function* batches(jobs: readonly NewFileJob[]): Generator<NewFileBatch> {
  for (let from = 0; from < jobs.length; ) {
    let size = 0;
    let to = from;
    for (; to < jobs.length && (to === from || size < BATCH_BYTES); to++) {
      const content = jobs[to].content;
      size += typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
    }
    const bytes = Buffer.from(new ArrayBuffer(size));
    const ends = new Int32Array(to - from);
    let at = 0;
    for (let j = from; j < to; j++) {
      const content = jobs[j].content;
      at += typeof content === 'string' ? bytes.write(content, at, 'utf8') : (bytes.set(content, at), content.length);
      ends[j - from] = at;
    }
    yield { ids: Int32Array.from(jobs.slice(from, to), (j) => j.id), paths: jobs.slice(from, to).map((j) => j.path), ends, bytes: bytes.buffer };
    from = to;
  }
}

// The files written by this thread, one after another (not thousands of open files at once).
async function writeHere(files: readonly WaitingFile[], settle: (reply: NewFileReply) => void): Promise<void> {
  for (const { job } of files) {
    try {
      await writeFile(job.path, job.content);
      settle({ id: job.id });
    } catch (error) {
      settle({ id: job.id, error: { message: (error as Error).message, code: (error as NodeJS.ErrnoException).code } });
    }
  }
}
