// One run's output files change together: each changed file is staged first, and all are moved into place only once every one is ready.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ImportGraphError } from '../errors.js';
import { carryOut, STAGING_DIR, writeJournal, type CommitStep } from './commit-journal.js';
import { OWNER_FILE, reason, recoverStaging, removeLegacyTemporaries, STAGED_FILES } from './recover-staging.js';
import type { OutputFile, WriteSummary } from './write-if-changed.js';
import { dropSpareBlocks } from './block-source.js';
import { TextThread } from './text-thread.js';
import { isThreadable } from './text-writers.js';
import { writeUnlessSame } from './write-unless-same.js';
import { isSmallWholeContent, NewFileWriter } from './new-file-writer.js';

/** Which files in the directory are a run's to remove, and in what order its commit moves files into place. */
export interface CommitPlan {
  /** Names of files the run's kind of output owns; those this run does not produce or keep are removed. */
  isOurs: (name: string) => boolean;
  /** Names not written this run that stay anyway (e.g. the SVG of an unchanged DOT). */
  keep?: ReadonlySet<string>;
  /** A file's place in the commit, lower first (then by name); removals take `removalRank`. Default: all 0. */
  rank?: (name: string) => number;
  removalRank?: number;
}

/** Fewer new small files than this are written like the others: starting the writer's thread (tens of ms) would cost more than it saves. */
const FEWEST_HANDED = 64;

export class OutputTransaction {
  private readonly staged = new Set<string>();
  private readonly produced = new Set<string>();
  private committed = false;
  private owned = false;

  private constructor(
    readonly dir: string,
    private readonly staging: string,
    /** The directory's names when it was opened: a file not among them is written without trying to open one to compare (1,500 failed opens cost a tenth of a second). */
    private readonly present: ReadonlySet<string>,
  ) {}

  // Finishes or discards what a killed run left (its staging, the old writer's `*.PID.N.tmp`); a run that changes nothing creates nothing.
  static async open(outDir: string, isOurs: (name: string) => boolean): Promise<OutputTransaction> {
    const dir = resolve(outDir);
    await ensureDirectory(dir);
    const staging = join(dir, STAGING_DIR);
    if (await exists(staging)) await recoverStaging(dir);
    await removeLegacyTemporaries(dir, isOurs);
    return new OutputTransaction(dir, staging, new Set(await namesIn(dir)));
  }

  /** Whether the directory held this name when the transaction was opened. */
  existed(name: string): boolean {
    return this.present.has(name);
  }

  private claimed: string | undefined;
  /** Writes the new small files, started with the first stage that has any. */
  private newFiles: NewFileWriter | undefined;

  // Claimed on the first changed file, with this process's id as owner, so a concurrent run does not take it for a killed one's.
  // Synchronous (three calls, once), so new files are handed to their writer at once.
  private stagedFiles(): string {
    if (this.claimed === undefined) {
      try {
        mkdirSync(this.staging);
      } catch (cause) {
        const taken = (cause as NodeJS.ErrnoException).code === 'EEXIST';
        const why = taken ? 'another importgraph run started writing there at the same time' : reason(cause);
        throw new ImportGraphError('E_OUTPUT', `cannot write to ${this.dir}: ${why}`, { cause });
      }
      this.owned = true;
      try {
        writeFileSync(join(this.staging, OWNER_FILE), `${process.pid}\n`);
        mkdirSync(join(this.staging, STAGED_FILES));
      } catch (cause) {
        throw new ImportGraphError('E_OUTPUT', `cannot write to ${this.staging}: ${reason(cause)}`, { cause });
      }
      this.claimed = join(this.staging, STAGED_FILES);
    }
    return this.claimed;
  }

  // A file whose bytes would not change is neither staged nor touched (it is compared as it is made, a block at a time); paths come back sorted so the summary is deterministic.
  // Text a worker thread can make (text-writers.ts) is made there, started first, while this thread makes the rest.
  // New small files (no file of the name was there) are handed to a worker thread all at once, before the rest start.
  async stage(all: readonly OutputFile[], concurrency = 32): Promise<WriteSummary> {
    const summary: WriteSummary = { written: [], unchanged: [] };
    const fresh = new Set(all.filter((f) => this.isNewSmallFile(f)));
    const handing = fresh.size >= FEWEST_HANDED;
    const handed = handing ? this.handToWriter([...fresh], summary) : [];
    const files = handing ? all.filter((f) => !fresh.has(f)) : all;
    const threadable = files.filter((f) => isThreadable(f.content));
    const thread = threadable.length > 0 ? new TextThread(threadable.length) : undefined;
    const queue = threadable.length > 0 ? [...threadable, ...files.filter((f) => !isThreadable(f.content))] : files;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < queue.length) {
        const file = queue[next++];
        summary[await this.stageOne(file, thread)].push(file.path);
      }
    };
    // Every worker settles before a failure is reported, so none is still writing into the staging while it is removed.
    const settled = await Promise.allSettled([...handed, ...Array.from({ length: Math.min(concurrency, queue.length) }, worker)]);
    await thread?.close();
    dropSpareBlocks();
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    summary.written.sort();
    summary.unchanged.sort();
    return summary;
  }

  private isNewSmallFile(file: OutputFile): boolean {
    return isSmallWholeContent(file.content) && !this.present.has(basename(file.path)) && dirname(resolve(file.path)) === this.dir;
  }

  // Each file's promise settles when the worker has written it; a failure is the file's, as stageOne reports it.
  private handToWriter(files: readonly OutputFile[], summary: WriteSummary): Promise<void>[] {
    const dir = this.stagedFiles();
    const names = files.map((f) => basename(f.path));
    for (const name of names) this.produced.add(name);
    this.newFiles ??= new NewFileWriter();
    const writes = this.newFiles.write(files.map((f, i) => ({ path: join(dir, names[i]), content: f.content as string | Uint8Array })));
    return writes.map((write, i) =>
      write.then(
        () => {
          this.staged.add(names[i]);
          summary.written.push(files[i].path);
        },
        (cause: unknown) => {
          throw new ImportGraphError('E_OUTPUT', `cannot write ${files[i].path}: ${reason(cause)}`, { cause });
        },
      ),
    );
  }

  private async stageOne(file: OutputFile, thread: TextThread | undefined): Promise<'written' | 'unchanged'> {
    const name = basename(file.path);
    if (dirname(resolve(file.path)) !== this.dir) throw new ImportGraphError('E_OUTPUT', `cannot write ${file.path}: not a file name directly in ${this.dir}`);
    this.produced.add(name);
    try {
      const existing = this.present.has(name) ? file.path : undefined;
      const written = await writeUnlessSame(existing, file.content, async () => join(this.stagedFiles(), name), thread);
      if (!written) return 'unchanged';
    } catch (cause) {
      if (cause instanceof ImportGraphError) throw cause;
      throw new ImportGraphError('E_OUTPUT', `cannot write ${file.path}: ${reason(cause)}`, { cause });
    }
    this.staged.add(name);
    return 'written';
  }

  // The commit record makes the run count; from then on a kill is finished by the next run. Returns the paths removed.
  async commit(plan: CommitPlan): Promise<string[]> {
    const keep = plan.keep ?? new Set<string>();
    const names = await namesIn(this.dir);
    const stale = names.filter((n) => n !== STAGING_DIR && plan.isOurs(n) && !this.produced.has(n) && !keep.has(n));
    const steps = commitSteps([...this.staged], stale, plan);
    if (steps.length === 0) return [];
    try {
      this.stagedFiles();
      await writeJournal(this.staging, steps);
    } catch (cause) {
      if (cause instanceof ImportGraphError) throw cause;
      throw new ImportGraphError('E_OUTPUT', `cannot write ${join(this.staging, 'commit')}: ${reason(cause)}`, { cause });
    }
    this.committed = true;
    this.newFiles?.close();
    try {
      await carryOut(this.dir, join(this.staging, STAGED_FILES), steps);
      await rm(this.staging, { recursive: true, force: true });
    } catch (cause) {
      throw new ImportGraphError('E_OUTPUT', `cannot finish writing ${this.dir} (the next run will): ${reason(cause)}`, { cause });
    }
    return stale.sort().map((n) => join(this.dir, n));
  }

  // After a failure before the commit record: the previous files were never touched, and the staging goes.
  async discard(): Promise<void> {
    this.newFiles?.close();
    if (this.owned && !this.committed) await rm(this.staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

function commitSteps(staged: string[], stale: string[], plan: CommitPlan): CommitStep[] {
  const rank = plan.rank ?? (() => 0);
  const removalRank = plan.removalRank ?? 0;
  const steps = [
    ...staged.map((name) => ({ rank: rank(name), step: { op: 'rename', name } as CommitStep })),
    ...stale.map((name) => ({ rank: removalRank, step: { op: 'remove', name } as CommitStep })),
  ];
  steps.sort((a, b) => a.rank - b.rank || (a.step.name < b.step.name ? -1 : a.step.name > b.step.name ? 1 : 0));
  return steps.map((s) => s.step);
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (cause) {
    throw new ImportGraphError('E_OUTPUT', `cannot read ${dir}: ${reason(cause)}`, { cause });
  }
}

// `--out-dir` naming a file, or a directory that cannot be created, is an output error with the path and the reason.
async function ensureDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    const what = (cause as NodeJS.ErrnoException).code === 'EEXIST' ? 'it is a file, not a directory' : reason(cause);
    throw new ImportGraphError('E_OUTPUT', `cannot write to ${dir}: ${what}`, { cause });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
