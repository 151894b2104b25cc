// The text writers a worker thread can run by name (text-thread.ts): given the same arguments there or here, they make the same text.
import { makeRuleLines } from './make-rules.js';
import { ninjaRuleLines } from './ninja-rules.js';
import { orderFileLines } from './order-file.js';
import type { TextChunks } from './output-content.js';
import { sccIndexLines } from './scc-index.js';

/** Each takes only plain data (strings, numbers, typed arrays, plain objects of them), which a thread receives as it was sent. */
export const TEXT_WRITERS = { makeRuleLines, ninjaRuleLines, orderFileLines, sccIndexLines };

export type TextWriterName = keyof typeof TEXT_WRITERS;

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
