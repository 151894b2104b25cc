// Makes the text of some outputs (text-writers.ts) in a worker thread while this one makes the rest: their bytes come back a block at a time, for the writer to compare or write.
/*
 * One worker per output transaction's stage, started at once so it is ready
 * by the time its first job is asked for. Jobs run one at a time in the order
 * asked; each block's buffer is sent back when the block is written, so the
 * worker holds a few blocks at most. Whatever goes wrong in the worker (it
 * cannot start, it dies, a writer throws) the job's text is made here instead,
 * from where the worker stopped: the bytes never depend on the worker, and a
 * writer's error is thrown here as the writer throws it.
 */
import { Worker } from 'node:worker_threads';
import { LocalBlocks, poolFor, type BlockSource } from './block-source.js';
import type { OutputContent } from './output-content.js';
import { isThreadable, type TextJob } from './text-writers.js';

const WORKER_URL = new URL('./text-thread-worker.js', import.meta.url);
/** The worker's young generation, small: its garbage is short-lived lines, and a large one only costs memory. */
const YOUNG_GENERATION_MB = 4;

/** What this thread sends the worker. */
export type ThreadRequest = { type: 'job'; id: number; writer: TextJob['writer']; args: SentArgument[] } | { type: 'free'; buffer: ArrayBuffer } | { type: 'cancel'; id: number };
/** A job's argument: a value, or an object (the module names, the order's rows) sent once with an id and named by that id in later jobs. */
export type SentArgument = { value: unknown } | { shared: number; value: unknown } | { shared: number };
/** What the worker sends back: a job's blocks in order, then its end (or that it failed). */
export type ThreadReply = { type: 'block'; id: number; bytes: Uint8Array } | { type: 'end'; id: number } | { type: 'failed'; id: number };

export class TextThread {
  private worker: Worker | undefined;
  private readonly open = new Map<number, ThreadBlocks>();
  private lastId = 0;
  /** Objects already sent, by their id there: sent once, whichever jobs share them. */
  private readonly sent = new WeakMap<object, number>();
  private sharedCount = 0;
  /** Bytes of text the worker made and sent. */
  private receivedBytes = 0;
  private ended = 0;

  /** `jobs`: how many jobs it will be given; once they have ended the worker stops, its memory freed before the rest is written. */
  constructor(private readonly jobs = Infinity) {
    try {
      this.worker = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      return;
    }
    this.worker.on('message', (reply: ThreadReply) => {
      if (reply.type === 'block') this.receivedBytes += reply.bytes.length;
      const job = this.open.get(reply.id);
      // A block of a job whose file stopped (it failed) goes straight back: the worker needs its buffers for the next job.
      if (job !== undefined) job.receive(reply);
      else if (reply.type === 'block') this.post({ type: 'free', buffer: reply.bytes.buffer as ArrayBuffer }, [reply.bytes.buffer as ArrayBuffer]);
      if (reply.type !== 'block' && ++this.ended === this.jobs) void this.close();
    });
    // An error or an exit before the jobs end: each job still open goes on here.
    const lost = (): void => {
      this.worker = undefined;
      for (const job of this.open.values()) job.lost();
    };
    this.worker.on('error', lost);
    this.worker.on('exit', lost);
  }

  /** The content's blocks, made in the worker when it is text the worker can make; undefined when it is not. */
  blocks(content: OutputContent): BlockSource | undefined {
    if (!isThreadable(content) || this.worker === undefined) return undefined;
    const id = ++this.lastId;
    const job = new ThreadBlocks(content, (request, transfer) => this.post(request, transfer), () => this.open.delete(id), id);
    this.open.set(id, job);
    this.post({ type: 'job', id, writer: content.job.writer, args: (content.job.args as unknown[]).map((a) => this.argument(a)) });
    return job;
  }

  private argument(value: unknown): SentArgument {
    if (typeof value !== 'object' || value === null) return { value };
    const known = this.sent.get(value);
    if (known !== undefined) return { shared: known };
    const shared = this.sharedCount++;
    this.sent.set(value, shared);
    return { shared, value };
  }

  private post(request: ThreadRequest, transfer: ArrayBuffer[] = []): void {
    try {
      this.worker?.postMessage(request, transfer);
    } catch {
      // A worker that cannot take the message is as good as gone.
      void this.close();
    }
  }

  /** Bytes of text the worker made and sent. */
  get received(): number {
    return this.receivedBytes;
  }

  /** Stops the worker (jobs still open go on here). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.open.values()) job.lost();
    await worker?.terminate();
  }
}

/** One job's blocks as they arrive; when the worker is lost (or the job failed there), made here from the first byte not yet handed out. */
class ThreadBlocks implements BlockSource {
  private readonly arrived: Uint8Array[] = [];
  private waiting: (() => void) | undefined;
  private ended = false;
  private closed = false;
  /** Bytes handed out so far. */
  private given = 0;
  private here: LocalBlocks | undefined;
  /** The worker's blocks handed out and not yet released: their buffers go back to it when released, or when the file stops. */
  private readonly handedOut = new Set<Uint8Array>();

  constructor(
    private readonly content: OutputContent,
    private readonly post: (request: ThreadRequest, transfer?: ArrayBuffer[]) => void,
    private readonly forget: () => void,
    private readonly id: number,
  ) {}

  receive(reply: ThreadReply): void {
    if (reply.type === 'block') {
      if (this.closed || this.here !== undefined) this.giveBack(reply.bytes);
      else this.arrived.push(reply.bytes);
    } else if (reply.type === 'end') {
      this.ended = true;
      this.forget();
    } else this.lost();
    this.wake();
  }

  /** The rest is made here. */
  lost(): void {
    if (this.ended || this.closed || this.here !== undefined) return;
    this.forget();
    this.here = new LocalBlocks(this.content, poolFor(this.content), this.given + this.arrived.reduce((n, b) => n + b.length, 0));
    this.wake();
  }

  async next(): Promise<Uint8Array | undefined> {
    for (;;) {
      const block = this.arrived.shift();
      if (block !== undefined) {
        this.given += block.length;
        this.handedOut.add(block);
        return block;
      }
      if (this.here !== undefined) return this.here.next();
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  release(block: Uint8Array): void {
    // A block made here is its LocalBlocks' to reuse; the worker's go back to it (or to the collector when it is gone).
    if (this.handedOut.delete(block)) this.giveBack(block);
  }

  close(): void {
    this.here?.close();
    if (this.closed) return;
    this.closed = true;
    if (!this.ended) {
      this.post({ type: 'cancel', id: this.id });
      this.forget();
    }
    // Every buffer goes back, those the file was still using too (it has stopped): the worker has only a few for all its jobs.
    for (const block of [...this.arrived.splice(0), ...this.handedOut]) this.giveBack(block);
    this.handedOut.clear();
  }

  private giveBack(block: Uint8Array): void {
    this.post({ type: 'free', buffer: block.buffer as ArrayBuffer }, [block.buffer as ArrayBuffer]);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }
}
