// The text writers a worker thread can run by name (text-thread.ts): given the same arguments there or here, they make the same text.
import { analysisDataPieces } from './analysis-json.js';
import { makeRuleLines } from './make-rules.js';
import { ninjaRuleLines } from './ninja-rules.js';
import { orderFileLines } from './order-file.js';
import type { TextChunks } from './output-content.js';
import { sccIndexLines } from './scc-index.js';

/** Each takes only plain data (strings, numbers, typed arrays, plain objects and maps of them), which a thread receives as it was sent. */
export const TEXT_WRITERS = { analysisDataPieces, makeRuleLines, ninjaRuleLines, orderFileLines, sccIndexLines };

export type TextWriterName = keyof typeof TEXT_WRITERS;

/** Writers whose text is made in a worker thread of its own, beside the others' (importgraph.json's is as large as all the rest together). */
const OWN_THREAD: ReadonlySet<TextWriterName> = new Set(['analysisDataPieces']);

/**
 * The worker threads, by lane: each one's young generation in MB. The lines
 * of the rules and the order are little short-lived garbage; importgraph.json's
 * million items make far more, and with 16 MB its worker spends about a fifth
 * less CPU time at 100,000 modules (1.7 s, not 2.1 s).
 */
export const LANES: readonly { youngGenerationMb: number }[] = [{ youngGenerationMb: 4 }, { youngGenerationMb: 16 }];

/** Which worker thread makes a job's text: its index in LANES, 1 for the writers with a thread of their own. */
export function threadLane(job: TextJob): number {
  return OWN_THREAD.has(job.writer) ? 1 : 0;
}

/** A writer's name and arguments: what a worker thread needs to make the text. */
export interface TextJob<K extends TextWriterName = TextWriterName> {
  writer: K;
  args: Parameters<(typeof TEXT_WRITERS)[K]>;
}

/** Text made by a named writer: here when its chunks are asked for, in a worker thread when an output transaction writes it. */
export interface ThreadableText extends TextChunks {
  readonly job: TextJob;
}

export function threadableText<K extends TextWriterName>(writer: K, ...args: Parameters<(typeof TEXT_WRITERS)[K]>): ThreadableText {
  const job = { writer, args } as TextJob;
  return { job, chunks: () => runTextJob(job) };
}

/** The job's text, made in this thread. */
export function runTextJob(job: TextJob): Iterable<string> {
  return (TEXT_WRITERS[job.writer] as (...args: unknown[]) => Iterable<string>)(...(job.args as unknown[]));
}

export function isThreadable(content: unknown): content is ThreadableText {
  return typeof content === 'object' && content !== null && 'job' in content && 'chunks' in content;
}
