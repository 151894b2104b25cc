// kill -9 at any moment of a run leaves each output whole and from one run, as README says; the next run finishes or discards the rest.
import test from 'ava';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ensureCorpus } from '../../bench/corpus.js';
import { STAGING_DIR } from '../../src/write/commit-journal.js';
import { binPath, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { seededRandom } from '../helpers/random.js';
import { runCli } from '../helpers/run-cli.js';

type Snapshot = Map<string, Buffer>;

function snapshot(dir: string): Snapshot {
  return new Map(readdirSync(dir).filter((n) => n !== STAGING_DIR).sort().map((n) => [n, readFileSync(join(dir, n))]));
}

function sameSet(a: Snapshot, b: Snapshot): boolean {
  return a.size === b.size && [...a].every(([name, bytes]) => b.get(name)?.equals(bytes) === true);
}

// Runs the new build into `out` and kills it with SIGKILL after `ms`, or as soon as its commit record appears.
async function killedRun(args: string[], out: string, when: { ms: number } | 'at-commit-record'): Promise<void> {
  const child = spawn(process.execPath, [binPath, ...args], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (when === 'at-commit-record') {
    const record = join(out, STAGING_DIR, 'commit');
    while (child.exitCode === null && child.signalCode === null && !existsSync(record)) await new Promise((r) => setImmediate(r));
  } else {
    await Promise.race([delay(when.ms), exited]);
  }
  child.kill('SIGKILL');
  await exited;
}

test('after a kill at any of 23 moments, every output is whole and from one run; the next run completes the new set and leaves nothing temporary', async (t) => {
  const root = temporaryDirectory('importgraph-kill-');
  const generator = join(projectRoot, 'bench', 'gen-import-graph.mjs');
  const [oldInputs, newInputs] = [1, 2].map((seed) => join(ensureCorpus(root, generator, 1500, seed), 'list.txt'));
  // Old: the automatic order (with importgraph.given_up); new: a different build in the default order (which removes it).
  const oldArgs = (out: string) => ['scc', '--quiet', '--order', 'auto', '--out-dir', out, `@${oldInputs}`];
  const newArgs = (out: string) => ['scc', '--quiet', '--out-dir', out, `@${newInputs}`];
  t.is((await runCli(oldArgs(join(root, 'old')), root)).exitCode, 0);
  const started = performance.now();
  t.is((await runCli(newArgs(join(root, 'new')), root)).exitCode, 0);
  const runMs = performance.now() - started;
  const [oldSet, newSet] = [snapshot(join(root, 'old')), snapshot(join(root, 'new'))];
  for (const [name, bytes] of oldSet) t.false(newSet.get(name)?.equals(bytes) === true, `${name} is the same in both runs`);
  t.true(oldSet.has('importgraph.given_up') && !newSet.has('importgraph.given_up'));

  const random = seededRandom(8);
  const moments: Array<{ ms: number } | 'at-commit-record'> = Array.from({ length: 20 }, () => ({ ms: Math.round(random.next() * runMs) }));
  moments.push('at-commit-record', 'at-commit-record', 'at-commit-record');
  const seen = { untouched: 0, staged: 0, committed: 0, finished: 0 };
  for (const [i, when] of moments.entries()) {
    const out = join(root, `run${i}`);
    cpSync(join(root, 'old'), out, { recursive: true });
    await killedRun(newArgs(out), out, when);
    const state = snapshot(out);
    const label = `kill ${i} at ${typeof when === 'string' ? when : `${when.ms} ms`}`;
    for (const [name, bytes] of state) {
      t.true(oldSet.get(name)?.equals(bytes) === true || newSet.get(name)?.equals(bytes) === true, `${label}: ${name} is neither the old nor the new file`);
    }
    if (existsSync(join(out, STAGING_DIR, 'commit'))) {
      seen.committed++;
      // Committed but not carried out to the end: importgraph.dep is new only once the set is complete; a new index.html finds all its pictures.
      if (newSet.get('importgraph.dep')!.equals(state.get('importgraph.dep')!)) t.true(sameSet(state, newSet), `${label}: new dep beside old files`);
      if (newSet.get('index.html')!.equals(state.get('index.html')!)) {
        for (const [name, bytes] of newSet) if (/\.(dot|svg)$/.test(name)) t.true(state.get(name)?.equals(bytes) === true, `${label}: ${name}`);
      }
    } else if (sameSet(state, newSet) && !existsSync(join(out, STAGING_DIR))) {
      seen.finished++;
    } else {
      // Before the commit record, the previous set is exactly as it was.
      t.true(sameSet(state, oldSet), `${label}: the old set changed before the commit record`);
      seen[existsSync(join(out, STAGING_DIR)) ? 'staged' : 'untouched']++;
    }
    const next = await runCli(newArgs(out), root);
    t.is(next.exitCode, 0, `${label}: ${next.stderr}`);
    t.true(sameSet(snapshot(out), newSet), `${label}: the next run did not give the new set`);
    t.deepEqual(readdirSync(out).filter((n) => n === STAGING_DIR || n.endsWith('.tmp')), [], `${label}: temporaries left`);
    rmSync(out, { recursive: true, force: true });
  }
  t.log(`one run: ${Math.round(runMs)} ms; kills landed: ${JSON.stringify(seen)}`);
  rmSync(root, { recursive: true, force: true });
});
