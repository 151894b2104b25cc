// Child process body that starts the native `dot` processes: spawning from the large main process blocks its thread and costs it page faults, from this small one it does not.
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { runNativeUnits, type NativeUnit, type UnitDone } from './native-units.js';
import { killRunningDots } from './render-native.js';

export interface HostRequest {
  dotPath: string;
  units: NativeUnit[];
  concurrency: number;
}

export type HostMessage = { event: 'start'; unit: number } | { event: 'done'; unit: number; result: UnitDone } | { event: 'finished' };

const send = (message: HostMessage): void => void process.send?.(message);

// The parent gone, nothing is left to draw for.
process.on('disconnect', () => {
  killRunningDots();
  process.exit(0);
});
// The request is the file named by the first argument (see dot-host-client).
const request = deserialize(readFileSync(process.argv[2])) as HostRequest;
void runNativeUnits(request.dotPath, request.units, request.concurrency, {
  start: (unit) => send({ event: 'start', unit }),
  done: (unit, result) => send({ event: 'done', unit, result }),
}).then(() => send({ event: 'finished' }));
