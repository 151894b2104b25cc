// A file's content as one string, bytes, or text made piece by piece while it is written: a 200 MB importgraph.json is then never held whole.

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

/** About this many characters (or bytes) go to the file at a time. */
export const BLOCK_SIZE = 1 << 20;

/** The content's UTF-8 bytes in blocks of about `blockSize`: pieces are gathered until they reach it, a long string is cut between characters. */
export function* contentBlocks(content: OutputContent, blockSize = BLOCK_SIZE): Generator<Uint8Array> {
  if (typeof content === 'string') {
    yield* stringBlocks(content, blockSize);
    return;
  }
  if (!isTextChunks(content)) {
    for (let at = 0; at < content.length; at += blockSize) yield content.subarray(at, at + blockSize);
    return;
  }
  let pending = '';
  for (const piece of content.chunks()) {
    pending += piece;
    if (pending.length >= blockSize) {
      yield* stringBlocks(pending, blockSize);
      pending = '';
    }
  }
  if (pending.length > 0) yield Buffer.from(pending, 'utf8');
}

// Cut so that no surrogate pair is split (each half alone would encode as U+FFFD).
function* stringBlocks(text: string, blockSize: number): Generator<Uint8Array> {
  let at = 0;
  while (text.length - at > 2 * blockSize) {
    let end = at + blockSize;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end++;
    yield Buffer.from(text.slice(at, end), 'utf8');
    at = end;
  }
  if (at < text.length) yield Buffer.from(at === 0 ? text : text.slice(at), 'utf8');
}
