// Every output byte of `importgraph scc` stays as recorded: the examples and a generated 10,000-module corpus, digested per file.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { caseDigests, digestsFile, goldenCases } from '../helpers/golden-outputs.js';

const recorded = JSON.parse(readFileSync(digestsFile, 'utf8')) as Record<string, Record<string, string>>;

for (const c of goldenCases) {
  test(`scc ${c.name}: every output file is byte for byte as recorded`, async (t) => {
    t.deepEqual(await caseDigests(c), recorded[c.name]);
  });
}
