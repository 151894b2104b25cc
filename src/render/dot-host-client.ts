// Runs the native `dot` pool in a small child process (dot-host), so this thread keeps making the other files while Graphviz draws; without it, the pool runs here.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import type { HostMessage, HostRequest } from './dot-host.js';
import { runNativeUnits, type NativeUnit, type UnitEvents } from './native-units.js';

const HOST_PATH = new URL('./dot-host.js', import.meta.url);

/**
 * Renders every unit once, reporting each through `events`. The host gets all units
 * at once and keeps its slots busy however long this thread is busy. If the host
 * cannot start or ends early, the units it did not finish are rendered here.
 */
export async function renderNativeUnits(dotPath: string, units: readonly NativeUnit[], concurrency: number, events: UnitEvents): Promise<void> {
  const finished = new Uint8Array(units.length);
  const report: UnitEvents = {
    start: events.start,
    done: (unit, result) => {
      if (finished[unit]) return;
      finished[unit] = 1;
      events.done(unit, result);
    },
  };
  await inHost({ dotPath, units: [...units], concurrency }, report);
  if (finished.includes(0)) await runNativeUnits(dotPath, units, concurrency, report, (unit) => finished[unit] === 1);
}

// Resolves when the host has finished, failed to start, or exited; never rejects. The request goes in a file the host reads:
// a message of megabytes would leave this process only as its event loop turns, and this thread is busy making text meanwhile.
function inHost(request: HostRequest, events: UnitEvents): Promise<void> {
  return new Promise((resolve) => {
    let dir: string | undefined;
    let host: ReturnType<typeof fork>;
    try {
      dir = mkdtempSync(join(tmpdir(), 'importgraph-dot-'));
      const file = join(dir, 'request');
      writeFileSync(file, serialize(request));
      // No inherited Node options (a profiler, loaders): the host is plain compiled JavaScript. Its stdout is unused; errors show on stderr.
      host = fork(HOST_PATH, [file], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    } catch {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      resolve();
      return;
    }
    const end = (): void => {
      host.off('message', onMessage);
      if (host.connected) host.disconnect();
      rmSync(dir!, { recursive: true, force: true });
      resolve();
    };
    const onMessage = (message: HostMessage): void => {
      if (message.event === 'start') events.start(message.unit);
      else if (message.event === 'done') events.done(message.unit, message.result);
      else end();
    };
    host.on('message', onMessage);
    host.once('error', end);
    host.once('exit', end);
  });
}
