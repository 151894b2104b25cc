// The worker thread of new-file-writer.ts: writes each file it is given, in order, and says how each went, a few dozen at a time.
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { NewFileJob, NewFileReply } from './new-file-writer.js';

/** Files reported per message: the writer learns of progress while later files are written. */
const REPLY_EVERY = 64;

const port = parentPort!;

port.on('message', (jobs: NewFileJob[]) => {
  let replies: NewFileReply[] = [];
  for (const job of jobs) {
    try {
      writeFileSync(job.path, job.content);
      replies.push({ id: job.id });
    } catch (error) {
      replies.push({ id: job.id, error: { message: (error as Error).message, code: (error as NodeJS.ErrnoException).code } });
    }
    if (replies.length === REPLY_EVERY) {
      port.postMessage(replies);
      replies = [];
    }
  }
  if (replies.length > 0) port.postMessage(replies);
});
