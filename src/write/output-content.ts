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

/** About this many bytes go to the file at a time. */
export const BLOCK_SIZE = 1 << 20;
/** Pieces are joined and encoded this many characters at a time: a 64 K string encodes faster than a 1 M one built by `+=`. */
const JOIN_SIZE = 1 << 16;

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
  const joinSize = Math.min(JOIN_SIZE, blockSize);
  let pieces: string[] = [];
  let characters = 0;
  let encoded: Buffer[] = [];
  let bytes = 0;
  for (const piece of content.chunks()) {
    pieces.push(piece);
    characters += piece.length;
    if (characters < joinSize) continue;
    const block = Buffer.from(pieces.join(''), 'utf8');
    pieces = [];
    characters = 0;
    encoded.push(block);
    bytes += block.length;
    if (bytes >= blockSize) {
      yield encoded.length === 1 ? encoded[0] : Buffer.concat(encoded, bytes);
      encoded = [];
      bytes = 0;
    }
  }
  if (characters > 0) encoded.push(Buffer.from(pieces.join(''), 'utf8'));
  if (encoded.length > 0) yield Buffer.concat(encoded);
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
