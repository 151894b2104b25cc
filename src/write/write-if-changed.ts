// One file at a time, atomically, and not at all when the bytes would not change (library API); a run's outputs go through output-transaction.ts.
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ImportGraphError } from '../errors.js';

export type WriteOutcome = 'written' | 'unchanged';

/** One output file: a path and its complete content. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

let temporaryCounter = 0;

// Compares with what is there first; writes a sibling temporary file and renames it over, so readers never see half a file.
export async function writeFileIfChanged(path: string, content: string | Uint8Array): Promise<WriteOutcome> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const existing = await readFile(path).catch(() => undefined);
  if (existing !== undefined && existing.equals(bytes)) return 'unchanged';
  const temporary = `${path}.${process.pid}.${++temporaryCounter}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
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
