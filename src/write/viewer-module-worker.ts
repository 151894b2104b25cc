// The worker thread of viewer-module-thread.ts: makes the module data files in order, a few dozen ahead of the ones taken, and posts their bytes.
import { workerData } from 'node:worker_threads';
import { importerIndex } from './viewer-scc-data.js';
import { ModuleChunks } from './viewer-module-data.js';
import { CONTROL, IDLE_MS, WINDOW, type ChunkPiece, type ModuleThreadInput, type ModuleThreadStart } from './viewer-module-thread.js';

const { control: shared, port } = workerData as ModuleThreadStart;
const control = new Int32Array(shared);

port.once('message', ({ input, count }: ModuleThreadInput) => {
  try {
    const chunks = new ModuleChunks({ ...input, facts: { ...input.facts, importers: importerIndex(input.facts.graph) } });
    for (let k = 0; k < count && waitForRoom(k); k++) {
      for (const { bytes, ascii } of chunks.chunkBytes(k)) port.postMessage({ chunk: k, bytes, ascii, last: false } satisfies ChunkPiece, [bytes.buffer as ArrayBuffer]);
      port.postMessage({ chunk: k, bytes: new Uint8Array(0), ascii: true, last: true } satisfies ChunkPiece);
      Atomics.store(control, CONTROL.made, k + 1);
      Atomics.notify(control, CONTROL.made);
    }
  } catch {
    // The other side makes the rest itself.
    Atomics.store(control, CONTROL.failed, 1);
    Atomics.notify(control, CONTROL.made);
  }
  port.close();
});

// False when the other side stopped, or took nothing for IDLE_MS: it makes the rest itself, if it ever asks.
function waitForRoom(k: number): boolean {
  for (;;) {
    if (Atomics.load(control, CONTROL.stop) !== 0) return false;
    const taken = Atomics.load(control, CONTROL.taken);
    if (k - taken < WINDOW) return true;
    if (Atomics.wait(control, CONTROL.taken, taken, IDLE_MS) === 'timed-out') {
      Atomics.store(control, CONTROL.stop, 1);
      return false;
    }
  }
}
