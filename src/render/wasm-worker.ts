// Worker thread body for WebAssembly Graphviz: @viz-js/viz renders synchronously, so it runs here where the pool can terminate it.
import { parentPort } from 'node:worker_threads';
import { instance } from '@viz-js/viz';

export interface WasmRequest {
  id: number;
  dot: string;
  engine: string;
  graphAttributes: Record<string, string>;
}

export interface WasmResponse {
  id: number;
  ok: boolean;
  output?: string;
  message?: string;
}

const port = parentPort;
if (port === null) throw new Error('wasm-worker.js must run as a worker thread');
const viz = instance();
// Tells the pool the WebAssembly module is compiled, so the time limit measures layout, not start-up.
viz.then(
  () => port.postMessage({ ready: true }),
  (error: unknown) => port.postMessage({ ready: false, message: (error as Error).message }),
);

port.on('message', (request: WasmRequest) => {
  viz.then(
    (v) => {
      let response: WasmResponse;
      try {
        const result = v.render(request.dot, { format: 'svg', engine: request.engine, graphAttributes: request.graphAttributes });
        response =
          result.status === 'success'
            ? { id: request.id, ok: true, output: result.output }
            : { id: request.id, ok: false, message: result.errors.map((e) => e.message.trim()).join('; ') || 'render failed' };
      } catch (error) {
        response = { id: request.id, ok: false, message: (error as Error).message };
      }
      port.postMessage(response);
    },
    (error: unknown) => port.postMessage({ id: request.id, ok: false, message: `cannot load WebAssembly Graphviz: ${(error as Error).message}` }),
  );
});
