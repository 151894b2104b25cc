// `npm run fuzz -- N [--seed S]`: N fuzz inputs in all through every reader, reporting crashes, disagreements and the slowest input (one read over 1 s, twice, is a failure).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { checkAllReaders, inputKinds, seedFiles } from './read-properties.js';

const SLOW_MS = 1000;

function parseArgs(argv: string[]): { total: number; seed: number } {
  const total = Number(argv[0] ?? '10000');
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : Date.now() % 2 ** 31;
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- N [--seed S]\n');
    process.exit(2);
  }
  return { total, seed };
}

/** Milliseconds of the slowest read of `bytes` (text decoding plus one reader); throws what the property throws. */
function timed(bytes: Uint8Array): number {
  return checkAllReaders(bytes);
}

function main(): number {
  const { total, seed } = parseArgs(process.argv.slice(2));
  const kinds = inputKinds(seedFiles());
  process.stdout.write(`fuzz: ${total} inputs over ${kinds.length} kinds, seed ${seed}\n`);
  let failed = false;
  let done = 0;
  let slowest: { ms: number; kind: string; bytes: Uint8Array } = { ms: 0, kind: '', bytes: new Uint8Array() };
  const slow: Array<{ ms: number; kind: string; size: number }> = [];
  const started = performance.now();
  kinds.forEach(({ name, input }, k) => {
    const runs = Math.floor(total / kinds.length) + (k < total % kinds.length ? 1 : 0);
    const property = fc.property(input, (bytes) => {
      let ms = timed(bytes);
      // On a shared machine a pause (GC, another process) can stretch any input: a slow one is slow when run again too.
      if (ms > SLOW_MS) ms = Math.min(ms, timed(bytes));
      if (ms > slowest.ms) slowest = { ms, kind: name, bytes };
      if (ms > SLOW_MS) slow.push({ ms, kind: name, size: bytes.length });
      if (++done % 50_000 === 0) process.stdout.write(`fuzz: ${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    });
    const result = fc.check(property, { numRuns: runs, seed: seed + k });
    if (result.failed) {
      failed = true;
      const file = join(tmpdir(), `importgraph-fuzz-${seed}-${k}.bin`);
      const example = result.counterexample?.[0] as Uint8Array | undefined;
      if (example !== undefined) writeFileSync(file, example);
      process.stdout.write(`fuzz: FAILED on ${name} after ${result.numRuns} runs (seed ${seed + k}, path ${result.counterexamplePath}); input saved to ${file}\n${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}\n`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const where = join(tmpdir(), `importgraph-fuzz-slowest-${seed}.bin`);
  writeFileSync(where, slowest.bytes);
  process.stdout.write(`fuzz: ${done} inputs in ${seconds.toFixed(1)} s; crashes: ${failed ? 'yes (above)' : 0}; slowest input ${slowest.ms.toFixed(1)} ms (${slowest.kind}, ${slowest.bytes.length} bytes, saved to ${where})\n`);
  for (const s of slow) process.stdout.write(`fuzz: SLOW: ${s.ms.toFixed(0)} ms on ${s.kind} (${s.size} bytes)\n`);
  return failed || slow.length > 0 ? 1 : 0;
}

process.exitCode = main();
