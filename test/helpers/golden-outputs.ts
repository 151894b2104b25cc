// Runs the real command on the examples and a generated 10,000-module corpus and digests every output file, so speed work can prove it changed no byte.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCorpus } from '../../bench/corpus.js';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from './project.js';
import { runCli } from './run-cli.js';

/** One case: where its inputs come from (copied under `in/`) and the scc arguments after `--out-dir out`. */
interface GoldenCase {
  name: string;
  args: string[];
}

export const digestsFile = join(fixturesDir, 'golden', 'digests.json');

export const goldenCases: GoldenCase[] = [
  { name: 'calculator', args: ['--render', 'none', '--main', 'calc', 'in/*.import_info'] },
  { name: 'mercury-library', args: ['--render', 'none', '--main', 'mer_std', '--weights', 'in/weights.tsv', 'in/*.import_info'] },
  { name: 'mercury-library-spec', args: ['--render', 'none', '--trans-opt-deps-spec', 'in/mer_std.trans_opt_deps_spec', 'in/*.import_info'] },
  { name: 'mercury-library-auto', args: ['--render', 'none', '--order', 'auto', 'in/*.import_info'] },
  { name: 'corpus-10000', args: ['--render', 'none', 'in/*.import_info'] },
  { name: 'corpus-10000-auto', args: ['--render', 'none', '--order', 'auto', 'in/*.import_info'] },
];

// The inputs of a case in `dir/in`: the example's files, or the deterministic synthetic corpus.
function copyInputs(name: string, dir: string): void {
  const into = join(dir, 'in');
  if (name.startsWith('calculator')) cpSync(join(examplesDir, 'calculator'), into, { recursive: true });
  else if (name.startsWith('mercury-library')) {
    cpSync(join(examplesDir, 'mercury-library', 'import_info'), into, { recursive: true });
    for (const f of ['weights.tsv', 'mer_std.trans_opt_deps_spec']) cpSync(join(examplesDir, 'mercury-library', f), join(into, f));
  } else {
    const corpus = ensureCorpus(join(dir, 'corpus'), join(projectRoot, 'bench', 'gen-import-graph.mjs'), 10000);
    mkdirSync(into);
    for (const f of readdirSync(corpus)) if (f.endsWith('.import_info')) cpSync(join(corpus, f), join(into, f));
  }
}

/** sha256 of every file the case's run wrote, by file name; throws when the run fails. */
export async function caseDigests(c: GoldenCase): Promise<Record<string, string>> {
  const dir = temporaryDirectory('importgraph-golden-');
  copyInputs(c.name, dir);
  const run = await runCli(['scc', '--out-dir', 'out', ...c.args], dir);
  if (run.exitCode !== 0) throw new Error(`${c.name}: exit ${run.exitCode}: ${run.stderr}`);
  const digests: Record<string, string> = {};
  for (const f of readdirSync(join(dir, 'out')).sort()) {
    if (f.startsWith('.')) continue;
    // Pictures link each edge to its importer's file by absolute URL: the run's temporary directory is spelled as DIR.
    const text = readFileSync(join(dir, 'out', f), 'utf8').replaceAll(pathToFileURL(dir).href, 'file:///DIR').replaceAll(dir, '/DIR');
    digests[f] = createHash('sha256').update(text).digest('hex');
  }
  return digests;
}

// `node dist/test/helpers/golden-outputs.js`: records today's digests (only when the outputs are meant to change).
if (process.argv[1]?.endsWith('golden-outputs.js')) {
  const all: Record<string, Record<string, string>> = {};
  for (const c of goldenCases) {
    const start = Date.now();
    all[c.name] = await caseDigests(c);
    console.log(c.name, Date.now() - start, 'ms');
  }
  writeFileSync(digestsFile, JSON.stringify(all, null, 1) + '\n');
}
