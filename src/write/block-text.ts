// Text written as UTF-8 straight into a writer's block, an item at a time: importgraph.json's million small items cost no string each, and an item that does not fit is written again into the next block.
import { isSmallWhole, putInteger } from './viewer-text-bytes.js';

/** Bytes kept encoded (a constant, or names one after another), with a view that reads them four at a time; a short run (a constant) also as words, written a store each. */
export class ByteRun {
  /** The bytes and, where their memory goes on, up to 3 more: a last word is read whole. */
  readonly view: DataView;
  /** A run of at most SHORT_RUN bytes as little-endian words (zeros past its end); none for a longer one. */
  readonly words: Uint32Array;

  constructor(readonly bytes: Buffer) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, Math.min(bytes.length + 3, bytes.buffer.byteLength - bytes.byteOffset));
    const padded = Buffer.alloc(bytes.length <= SHORT_RUN ? Math.ceil(bytes.length / 4) * 4 : 0);
    bytes.copy(padded, 0, 0, padded.length);
    this.words = new Uint32Array(padded.length / 4).map((_, w) => padded.readUInt32LE(4 * w));
  }

  static of(text: string): ByteRun {
    return new ByteRun(Buffer.from(text, 'utf8'));
  }

  get length(): number {
    return this.bytes.length;
  }
}

/**
 * Where the next byte goes in a block. Bytes past the block's end are not
 * stored but `at` still counts them, so a writer writes a whole item and
 * then sees whether it fitted (`at <= bytes.length`), and how many bytes it
 * needs when it did not.
 */
export class BlockText {
  bytes: Buffer = EMPTY;
  at = 0;
  /** `bytes` as a view, for writers that store four bytes at a time where the block has room. */
  view: DataView = new DataView(EMPTY.buffer, EMPTY.byteOffset, 0);

  /** Writes into `bytes` from `at` on. */
  target(bytes: Buffer, at: number): void {
    if (bytes !== this.bytes) {
      this.bytes = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    this.at = at;
  }

  /** Text of ASCII characters only, without a call into the runtime (a typed array drops a byte past its end). */
  ascii(text: string): void {
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** `text.slice(from, to)`, all ASCII. */
  asciiPart(text: string, from: number, to: number): void {
    const bytes = this.bytes;
    let at = this.at;
    for (let i = from; i < to; i++) bytes[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Bytes encoded before; a short run a word a store (the bytes past its end are written over by what follows, or are past the text). */
  run(run: ByteRun): void {
    const at = this.at;
    const { words } = run;
    const length = run.bytes.length;
    if (4 * words.length < length || at + 4 * words.length > this.bytes.length) return this.copy(run, 0, length);
    for (let w = 0; w < words.length; w++) this.view.setUint32(at + 4 * w, words[w]!, true);
    this.at = at + length;
  }

  /** `run`'s bytes `from...to`, four at a time (where they fit: past the block's end they are only counted). */
  copy(run: ByteRun, from: number, to: number): void {
    let at = this.at;
    const end = at + to - from;
    const { view } = this;
    const source = run.view;
    // With room for a whole last word in the block and the run, that word is copied whole: the bytes past the run's are written over by what follows.
    if (end + 3 <= this.bytes.length && to + 3 <= source.byteLength) {
      for (let i = from; i < to; i += 4, at += 4) view.setUint32(at, source.getUint32(i, true), true);
      this.at = end;
      return;
    }
    if (end > this.bytes.length) {
      this.at = end;
      return;
    }
    let i = from;
    for (; i + 4 <= to; i += 4, at += 4) view.setUint32(at, source.getUint32(i, true), true);
    const bytes = this.bytes;
    const sourceBytes = run.bytes;
    for (; i < to; i++) bytes[at++] = sourceBytes[i]!;
    this.at = at;
  }

  /** Any text, as UTF-8 (a lone surrogate as U+FFFD, as Buffer writes it). */
  text(text: string): void {
    this.textPart(text, 0, text.length);
  }

  /** `text.slice(from, to)` as UTF-8, ASCII a byte at a time and the rest encoded here. */
  textPart(text: string, from: number, to: number): void {
    const bytes = this.bytes;
    let at = this.at;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes[at++] = c;
      else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        at = putThree(bytes, at, c);
      } else {
        const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
        if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) {
          at = putThree(bytes, at, 0xfffd);
          continue;
        }
        const u = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        bytes[at++] = 0xf0 | (u >> 18);
        bytes[at++] = 0x80 | ((u >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((u >> 6) & 0x3f);
        bytes[at++] = 0x80 | (u & 0x3f);
        i++;
      }
    }
    this.at = at;
  }

  /** `"text"` as UTF-8, one pass, when nothing in `text` needs escaping in JSON (a control character, `"`, `\`, a surrogate); else false, with nothing written. */
  plainJsonString(text: string): boolean {
    const bytes = this.bytes;
    const start = this.at;
    let at = start;
    bytes[at++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c === 0x22 || c === 0x5c) return false;
        bytes[at++] = c;
      } else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) at = putThree(bytes, at, c);
      else return false;
    }
    bytes[at++] = 0x22;
    this.at = at;
    return true;
  }

  /** A number as `${x}` writes it; a small whole one digit by digit. */
  number(x: number): void {
    if (isSmallWhole(x)) this.at = putInteger(this.bytes, this.at, x);
    else this.ascii(`${x}`);
  }
}

const EMPTY = Buffer.alloc(0);
/** The longest run kept as words too: the constants. */
const SHORT_RUN = 64;

function putThree(bytes: Uint8Array, at: number, c: number): number {
  bytes[at] = 0xe0 | (c >> 12);
  bytes[at + 1] = 0x80 | ((c >> 6) & 0x3f);
  bytes[at + 2] = 0x80 | (c & 0x3f);
  return at + 3;
}

/**
 * Items a content writes straight into its blocks (`BlockText`): `write`
 * writes the current item (again, when the block it went into was full and
 * handed out first) and `next` moves past it once it fitted.
 */
export interface BlockItems {
  /** Writes the current item at `out.at`; false, writing nothing, when there are no more. */
  write(out: BlockText): boolean;
  next(): void;
}
