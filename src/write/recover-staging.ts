// What a killed run left in an output directory is dealt with before anything new is staged: a committed run is finished, an uncommitted one discarded.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportGraphError } from '../errors.js';
import { carryOut, readJournal, STAGING_DIR } from './commit-journal.js';

/** Inside the staging directory: the owner's process id, and the staged files under their final names. */
export const OWNER_FILE = 'owner';
export const STAGED_FILES = 'files';

// A staging directory whose owner still runs belongs to a concurrent run: taking it over would wreck that run's commit.
export async function recoverStaging(dir: string): Promise<void> {
  const staging = join(dir, STAGING_DIR);
  const owner = Number((await readFile(join(staging, OWNER_FILE), 'utf8').catch(() => '')).trim());
  if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
    throw new ImportGraphError(
      'E_OUTPUT',
      `cannot write to ${dir}: another importgraph run (process ${owner}) is writing there; if none is, remove ${staging}`,
    );
  }
  try {
    const steps = await readJournal(staging);
    if (steps !== undefined) await carryOut(dir, join(staging, STAGED_FILES), steps);
    await rm(staging, { recursive: true, force: true });
  } catch (cause) {
    throw new ImportGraphError('E_OUTPUT', `cannot finish the interrupted earlier run in ${staging}: ${reason(cause)}`, { cause });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// The writer before staging left `NAME.PID.N.tmp` beside NAME when it was killed; only those of files that are ours go.
export async function removeLegacyTemporaries(dir: string, isOurs: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir);
  const legacy = names.filter((name) => {
    const match = /^(.+)\.\d+\.\d+\.tmp$/.exec(name);
    return match !== null && isOurs(match[1]);
  });
  try {
    await Promise.all(legacy.map((name) => rm(join(dir, name), { force: true })));
  } catch (cause) {
    throw new ImportGraphError('E_OUTPUT', `cannot remove a temporary file in ${dir}: ${reason(cause)}`, { cause });
  }
}

/** The system's words for a failed file operation, e.g. `ENOSPC: no space left on device, write`. */
export function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
