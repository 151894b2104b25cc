// One file at a time, atomically, and not at all when the bytes would not change (library API); a run's outputs go through output-transaction.ts.
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ImportGraphError } from '../errors.js';
import type { OutputContent } from './output-content.js';
import { writeUnlessSame } from './write-unless-same.js';

export type WriteOutcome = 'written' | 'unchanged';

/** One output file: a path and its content (whole, or text made in pieces as it is written). */
export interface OutputFile {
  path: string;
  content: OutputContent;
}

let temporaryCounter = 0;

// Compares with what is there as it goes (a block at a time); writes a sibling temporary file and renames it over, so readers never see half a file.
export async function writeFileIfChanged(path: string, content: OutputContent): Promise<WriteOutcome> {
  const temporary = `${path}.${process.pid}.${++temporaryCounter}.tmp`;
  try {
    const written = await writeUnlessSame(path, content, async () => {
      await mkdir(dirname(path), { recursive: true });
      return temporary;
    });
    if (!written) return 'unchanged';
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    if (cause instanceof ImportGraphError) throw cause;
    throw new ImportGraphError('E_OUTPUT', `cannot write ${path}: ${(cause as Error).message}`, { cause });
  }
  return 'written';
}

/** Counts of what a run wrote, for the summary. */
export interface WriteSummary {
  written: string[];
  unchanged: string[];
}

// Writes many files with bounded concurrency; paths are reported sorted so the summary is deterministic.
export async function writeOutputs(files: readonly OutputFile[], concurrency = 32): Promise<WriteSummary> {
  const summary: WriteSummary = { written: [], unchanged: [] };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      const outcome = await writeFileIfChanged(file.path, file.content);
      summary[outcome].push(file.path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  summary.written.sort();
  summary.unchanged.sort();
  return summary;
}
