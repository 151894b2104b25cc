// A short fuzz run in every `npm test`: generated and mutated inputs through every reader, which must return or report located problems, never crash (long runs: `npm run fuzz -- N`).
import test from 'ava';
import fc from 'fast-check';
import { checkAllReaders, inputKinds, seedFiles } from '../fuzz/read-properties.js';

// A fixed seed: `npm test` sees the same inputs every time; `npm run fuzz` draws new ones.
const SEED = 20261202;
const RUNS = 200;

for (const { name, input } of inputKinds(seedFiles())) {
  test(`${name}: every reader returns or reports located problems`, (t) => {
    const property = fc.property(input, (bytes) => {
      checkAllReaders(bytes);
    });
    t.notThrows(() => fc.assert(property, { numRuns: RUNS, seed: SEED }));
  });
}
