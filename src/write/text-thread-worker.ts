// The worker thread of text-thread.ts: makes each job's text with the named writer and sends its UTF-8 bytes back a block at a time, in buffers that travel back and forth (never copied).
import { parentPort } from 'node:worker_threads';
import { ContentBytes } from './content-bytes.js';
import { BLOCK_SIZE, streamedText } from './output-content.js';
import { runTextJob, type TextJob } from './text-writers.js';
import type { SentArgument, ThreadReply, ThreadRequest } from './text-thread.js';

/** Buffers this thread may have out at once: one being written, one waiting, one being filled. */
const MOST_BUFFERS = 3;

const port = parentPort!;
const free: ArrayBuffer[] = [];
let buffers = 0;
let bufferFreed: (() => void) | undefined;
const queue: Extract<ThreadRequest, { type: 'job' }>[] = [];
let running = false;
/** Jobs whose reader stopped (its file failed): no more of their blocks are made. */
const cancelled = new Set<number>();
/** Objects several jobs share, kept from the job that brought them. */
const shared = new Map<number, unknown>();

const send = (reply: ThreadReply, transfer: ArrayBuffer[] = []): void => port.postMessage(reply, transfer);

port.on('message', (request: ThreadRequest) => {
  if (request.type === 'free') {
    free.push(request.buffer);
    bufferFreed?.();
    return;
  }
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  for (const argument of request.args) if ('shared' in argument && 'value' in argument) shared.set(argument.shared, argument.value);
  queue.push(request);
  if (!running) void runJobs();
});

// One job at a time, in the order asked: each has a reader on the other side, so its blocks are taken and their buffers come back.
async function runJobs(): Promise<void> {
  running = true;
  for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
    try {
      const job = { writer: request.writer, args: request.args.map(argumentValue) } as TextJob;
      const bytes = new ContentBytes(streamedText(() => runTextJob(job)));
      for (;;) {
        const buffer = await freeBuffer();
        if (cancelled.has(request.id)) {
          free.push(buffer);
          break;
        }
        const filled = bytes.fill(Buffer.from(buffer));
        if (filled === 0) {
          free.push(buffer);
          break;
        }
        send({ type: 'block', id: request.id, bytes: new Uint8Array(buffer, 0, filled) }, [buffer]);
      }
      send({ type: 'end', id: request.id });
    } catch {
      // The other side makes the text itself and meets the same error there, thrown as the writer threw it.
      send({ type: 'failed', id: request.id });
    }
  }
  running = false;
}

function argumentValue(argument: SentArgument): unknown {
  return 'value' in argument ? argument.value : shared.get(argument.shared);
}

async function freeBuffer(): Promise<ArrayBuffer> {
  for (;;) {
    const buffer = free.pop();
    if (buffer !== undefined) return buffer;
    if (buffers < MOST_BUFFERS) {
      buffers++;
      return new ArrayBuffer(BLOCK_SIZE);
    }
    await new Promise<void>((resolve) => (bufferFreed = resolve));
    bufferFreed = undefined;
  }
}
