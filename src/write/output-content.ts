// A file's content as one string, bytes, or text made piece by piece while it is written: a 200 MB importgraph.json is then never held whole.
import { ContentBytes } from './content-bytes.js';

/** Text produced in pieces; `chunks` is called once per write, and each piece is whole characters (never half a surrogate pair). */
export interface TextChunks {
  readonly chunks: () => Iterable<string>;
}

export type OutputContent = string | Uint8Array | TextChunks;

/** Content made by `chunks` when it is written. */
export function streamedText(chunks: () => Iterable<string>): TextChunks {
  return { chunks };
}

export function isTextChunks(content: OutputContent): content is TextChunks {
  return typeof content === 'object' && !(content instanceof Uint8Array);
}

/** All of a text's pieces as one string (for callers that want the whole text: tests, the library's string writers). */
export function joinedText(chunks: Iterable<string>): string {
  let text = '';
  for (const piece of chunks) text += piece;
  return text;
}

/** Whole content as text. */
export function contentText(content: OutputContent): string {
  if (typeof content === 'string') return content;
  if (isTextChunks(content)) return joinedText(content.chunks());
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
}

/** About this many bytes go to the file at a time. */
export const BLOCK_SIZE = 1 << 20;

/** The content's UTF-8 bytes in blocks of at most `blockSize` (at least 4): pieces are gathered while they fit, a long string is cut between characters. Each block is a new buffer (the writer fills one buffer again and again instead: ContentBytes). */
export function* contentBlocks(content: OutputContent, blockSize = BLOCK_SIZE): Generator<Uint8Array> {
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.length; at += blockSize) yield content.subarray(at, at + blockSize);
    return;
  }
  const bytes = new ContentBytes(content);
  // A string needs at most three bytes a unit (and a block at least 4).
  const size = typeof content === 'string' ? Math.min(blockSize, Math.max(4, content.length * 3)) : blockSize;
  for (;;) {
    const block = Buffer.allocUnsafe(size);
    const filled = bytes.fill(block);
    if (filled === 0) return;
    yield block.subarray(0, filled);
  }
}
