// Runs one real `importgraph` command in a fresh process after timing the read floor in the same process; prints wall time, floor and peak RSS as JSON.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main.js';

export interface CommandFigure {
  ms: number;
  floorMs: number;
  peakRssMb: number;
  exitCode: number;
  /** Writing the command's output files' bytes into a fresh directory, one after another (the write floor), and how many bytes. */
  writeFloorMs?: number;
  outputMb?: number;
  /** The command's last stderr line when it failed. */
  error?: string;
}

// Reads every listed file, doing nothing with the bytes: the floor no reader can beat.
function readFloor(files: string[]): void {
  for (const file of files) readFileSync(file);
}

// The floor in ms; the list of files is dropped after it, so the command's peak RSS does not count it (100,000 paths: about 10 MB).
function floorOf(list: string): number {
  const files = readFileSync(list, 'utf8').split('\n').filter((l) => l !== '');
  readFloor(files); // warm the page cache once, so the floor and the command both read from memory
  const floorStart = performance.now();
  readFloor(files);
  return performance.now() - floorStart;
}

// Writes each output file's bytes again into a fresh directory, timing only the writes: the floor no writer of these outputs can beat.
function writeFloorOf(outDir: string): { ms: number; bytes: number } {
  const copy = mkdtempSync(`${outDir}-write-floor-`);
  let ms = 0;
  let bytes = 0;
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if (!statSync(path).isFile()) continue;
    const content = readFileSync(path);
    const start = performance.now();
    writeFileSync(join(copy, name), content);
    ms += performance.now() - start;
    bytes += content.length;
  }
  rmSync(copy, { recursive: true, force: true });
  return { ms, bytes };
}

const [list, ...args] = process.argv.slice(2);
const floorMs = floorOf(list);
let stderr = '';
const start = performance.now();
const exitCode = await main(args, { stdout: () => {}, stderr: (t) => (stderr += t), cwd: process.cwd(), isTerminal: false });
const ms = performance.now() - start;
const figure: CommandFigure = { ms, floorMs, peakRssMb: process.resourceUsage().maxRSS / 1024, exitCode };
if (exitCode === 0) {
  const written = writeFloorOf(args[args.indexOf('--out-dir') + 1]);
  figure.writeFloorMs = written.ms;
  figure.outputMb = written.bytes / 1e6;
} else figure.error = stderr.trim().split('\n')[0]?.slice(0, 160);
process.stdout.write(JSON.stringify(figure) + '\n');
