// The worker thread of new-file-writer.ts: writes each file it is given, in order, and says how each went, a few dozen at a time.
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { NewFileBatch, NewFileReply } from './new-file-writer.js';

/** Files reported per message: the writer learns of progress while later files are written. */
const REPLY_EVERY = 64;

const port = parentPort!;

port.on('message', ({ ids, paths, ends, bytes }: NewFileBatch) => {
  let replies: NewFileReply[] = [];
  for (let f = 0, start = 0; f < ids.length; start = ends[f++]) {
    try {
      writeFileSync(paths[f], new Uint8Array(bytes, start, ends[f] - start));
      replies.push({ id: ids[f] });
    } catch (error) {
      replies.push({ id: ids[f], error: { message: (error as Error).message, code: (error as NodeJS.ErrnoException).code } });
    }
    if (replies.length === REPLY_EVERY) {
      port.postMessage(replies);
      replies = [];
    }
  }
  if (replies.length > 0) port.postMessage(replies);
});
