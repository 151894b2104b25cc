// A file's content as one string, bytes, or text made piece by piece while it is written: a 200 MB importgraph.json is then never held whole.
import type { BlockItems } from './block-text.js';
import { ContentBytes } from './content-bytes.js';

/** Text produced in pieces; `chunks` is called once per write, and each piece is whole characters (never half a surrogate pair). */
export interface TextChunks {
  readonly chunks: () => Iterable<string>;
  /** The same text as parts of which some write their own bytes (`BlockItems`): when there, the writer takes these instead of `chunks`. */
  readonly parts?: () => Iterable<string | BlockItems>;
}

export type OutputContent = string | Uint8Array | TextChunks;

/** Content made by `chunks` when it is written. */
export function streamedText(chunks: () => Iterable<string>): TextChunks {
  return { chunks };
}

/** Content made by `parts` when it is written, items written straight into the blocks; as text (`chunks`), those bytes decoded a block at a time. */
export function streamedParts(parts: () => Iterable<string | BlockItems>): TextChunks {
  return { chunks: () => partsText(parts), parts };
}

/** Blocks are cut between characters, so each decodes on its own. */
function* partsText(parts: () => Iterable<string | BlockItems>): Generator<string> {
  const bytes = new ContentBytes({ chunks: () => [], parts });
  const block = Buffer.allocUnsafe(1 << 16);
  for (let filled = bytes.fill(block); filled > 0; filled = bytes.fill(block)) yield block.toString('utf8', 0, filled);
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
