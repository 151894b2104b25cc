// Renders DOT to SVG with WebAssembly Graphviz in one worker thread; past the time limit the worker is terminated and replaced.
import { Worker } from 'node:worker_threads';
import type { LayoutSettings } from './render-types.js';
import type { RenderOutcome } from './render-native.js';
import type { WasmRequest, WasmResponse } from './wasm-worker.js';

const WORKER_URL = new URL('./wasm-worker.js', import.meta.url);

/** One worker, one graph at a time; the pool owns several. */
export class WasmRenderer {
  private worker: Worker | undefined;
  private ready: Promise<string | undefined> | undefined;
  private nextId = 0;

  // Starts a worker and resolves once its WebAssembly is loaded: undefined when ready, else why it failed.
  private start(): { worker: Worker; ready: Promise<string | undefined> } {
    if (this.worker === undefined || this.ready === undefined) {
      const worker = new Worker(WORKER_URL);
      this.worker = worker;
      this.ready = new Promise((resolve) => {
        const onMessage = (message: { ready?: boolean; message?: string }): void => {
          if (message.ready === undefined) return;
          worker.off('message', onMessage);
          resolve(message.ready ? undefined : message.message ?? 'cannot load WebAssembly Graphviz');
        };
        worker.on('message', onMessage);
        worker.once('error', (error) => resolve(`WebAssembly Graphviz worker failed to start: ${error.message}`));
      });
    }
    return { worker: this.worker, ready: this.ready };
  }

  async render(dot: string, layout: LayoutSettings, timeoutMs: number): Promise<RenderOutcome> {
    const { worker, ready } = this.start();
    const startError = await ready;
    if (startError !== undefined) {
      await this.close();
      return { status: 'failed', message: startError };
    }
    const request: WasmRequest = { id: ++this.nextId, dot, engine: layout.engine, graphAttributes: { ...layout.graphAttributes } };
    return new Promise<RenderOutcome>((resolve) => {
      const finish = (outcome: RenderOutcome, discardWorker: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (discardWorker) {
          if (this.worker === worker) (this.worker = undefined), (this.ready = undefined);
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (response: WasmResponse): void => {
        if (response.id !== request.id) return;
        if (response.ok) finish({ status: 'rendered', svg: response.output ?? '' }, false);
        else finish({ status: 'failed', message: `WebAssembly Graphviz ${layout.engine} failed: ${response.message}` }, false);
      };
      const onError = (error: Error): void =>
        finish({ status: 'failed', message: `WebAssembly Graphviz ${layout.engine} crashed: ${error.message}` }, true);
      const onExit = (code: number): void =>
        finish({ status: 'failed', message: `WebAssembly Graphviz worker exited with code ${code}` }, true);
      // The synchronous render cannot be interrupted from inside: terminating the thread is the only way to stop it.
      const timer = setTimeout(
        () => finish({ status: 'timed-out', message: `WebAssembly Graphviz ${layout.engine} did not finish within ${timeoutMs} ms` }, true),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /** Ends the worker thread; the renderer can still be used afterwards (it starts a new one). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker !== undefined) await worker.terminate();
  }
}
